using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CelebGen.Domain.Data.Migrations
{
    /// <summary>
    /// TakedownRequests.Status became a concurrency token. EF checks it in each UPDATE's WHERE clause, so the
    /// table is unchanged; this migration brings the model snapshot up to date so start-up sees no pending change.
    /// </summary>
    public partial class TakedownStatusConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
