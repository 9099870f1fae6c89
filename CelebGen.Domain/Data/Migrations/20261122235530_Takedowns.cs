using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CelebGen.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class Takedowns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TakedownRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReporterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReferenceCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SeenAtUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EvidenceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReporterIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MatchedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TakedownRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TakedownMatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HashDistance = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TakedownMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TakedownMatches_TakedownRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "TakedownRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TakedownMatches_RequestId_ImageId",
                table: "TakedownMatches",
                columns: new[] { "RequestId", "ImageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TakedownRequests_ReporterEmail_CreatedAt",
                table: "TakedownRequests",
                columns: new[] { "ReporterEmail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TakedownRequests_ReporterIp_CreatedAt",
                table: "TakedownRequests",
                columns: new[] { "ReporterIp", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TakedownRequests_Status_CreatedAt",
                table: "TakedownRequests",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TakedownRequests_TrackingNumber",
                table: "TakedownRequests",
                column: "TrackingNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TakedownMatches");

            migrationBuilder.DropTable(
                name: "TakedownRequests");
        }
    }
}
