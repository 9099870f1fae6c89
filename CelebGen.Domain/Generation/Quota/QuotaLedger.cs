using CelebGen.Domain.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CelebGen.Domain.Generation.Quota;

/// <summary>
/// The quota is the sum of the Units of a user's jobs for the day: no separate counter can drift from
/// the jobs. Reserving inserts the job row with one INSERT … SELECT … WHERE used + n ≤ limit, so the
/// check and the reservation are a single statement that SQLite runs under its write lock: concurrent
/// submissions cannot both see the same remaining quota.
/// </summary>
public static class QuotaLedger
{
    public static async Task<int> UsedAsync(AppDbContext db, string userId, DateOnly day, CancellationToken ct) =>
        await db.GenerationJobs.Where(j => j.UserId == userId && j.QuotaDay == day).SumAsync(j => j.Units, ct);

    /// <summary>Inserts <paramref name="job"/> holding <c>job.Units</c> if the day's quota allows it; false when it does not.</summary>
    public static async Task<bool> TryReserveAsync(AppDbContext db, GenerationJob job, int dailyLimit, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(GenerationJob))!;
        var table = entity.GetTableName();
        var columns = entity.GetProperties().Where(p => p.GetColumnName() is not null && !p.IsShadowProperty()).ToList();
        var names = string.Join(", ", columns.Select(p => $"\"{p.GetColumnName()}\""));
        var values = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var userColumn = entity.FindProperty(nameof(GenerationJob.UserId))!.GetColumnName();
        var dayColumn = entity.FindProperty(nameof(GenerationJob.QuotaDay))!.GetColumnName();
        var unitsColumn = entity.FindProperty(nameof(GenerationJob.Units))!.GetColumnName();
        var sql = $"""
            INSERT INTO "{table}" ({names})
            SELECT {values}
            WHERE (SELECT COALESCE(SUM("{unitsColumn}"), 0) FROM "{table}" WHERE "{userColumn}" = @user AND "{dayColumn}" = @day) + @units <= @limit
            """;
        // Parameters come from EF's own type mappings, so Guids, dates and enums are written exactly as EF writes them.
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = columns.Select((p, i) => (object)p.GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", p.GetGetter().GetClrValue(job))).ToList();
        parameters.Add(Parameter(entity, nameof(GenerationJob.UserId), command, "@user", job.UserId));
        parameters.Add(Parameter(entity, nameof(GenerationJob.QuotaDay), command, "@day", job.QuotaDay));
        parameters.Add(Parameter(entity, nameof(GenerationJob.Units), command, "@units", job.Units));
        parameters.Add(Parameter(entity, nameof(GenerationJob.Units), command, "@limit", dailyLimit));
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, ct) == 1;
    }

    private static DbParameter Parameter(IEntityType entity, string property, DbCommand command, string name, object value) =>
        entity.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name, value);
}
