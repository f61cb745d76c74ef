using System.Data.Common;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Demo;

internal sealed class SyntheticReports(AppDbContext db, TimeProvider clock) : ISyntheticReports
{
    public async Task<(int Reports, long Values)> GenerateAsync(Guid planId, Guid taskId, SyntheticTree tree, int indicators, int periods, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var catalog = new List<Indicator>();
        var existing = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        for (var i = 1; i <= indicators; i++)
        {
            var ratio = i % 10 == 0 && i >= 3;
            var byVillage = (i - 1) / 10 % 3 == 1; // indicators 11–20, 41–50, …: a ratio and its two terms alike
            var definition = ratio
                ? new IndicatorDefinition($"QG_{i:000}", $"Tỷ lệ tổng hợp {i:000}", "%", IndicatorType.Percent, IndicatorAggregation.Ratio, catalog[^1].Id, catalog[^2].Id, ByVillage: byVillage)
                : new IndicatorDefinition($"QG_{i:000}", $"Chỉ tiêu tổng hợp {i:000}", "đơn vị", IndicatorType.Integer, IndicatorAggregation.Sum, ByVillage: byVillage,
                    ReporterKinds: byVillage ? ["ubnd"] : null);
            catalog.Add(Indicator.Create(definition, [.. existing, .. catalog], isDemo: true));
        }

        db.Indicators.AddRange(catalog);
        var plan = await db.Plans.SingleAsync(p => p.Id == planId, cancellationToken);
        var opened = new List<ReportingPeriod>();
        for (var k = 0; k < periods; k++)
        {
            var kind = k % 2 == 0 ? PeriodKind.SixMonth : PeriodKind.Annual;
            var year = 2026 - (k / 2);
            var (from, to, due) = ReportingSchedule.DefaultFor(plan, kind).DatesFor(year);
            opened.Add(ReportingPeriod.Open(plan, kind, year, 1, null, from, to, due, "Dữ liệu tổng hợp", now, isDemo: true));
        }

        db.ReportingPeriods.AddRange(opened);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var (connection, transaction) = await BulkWriter.BeginAsync(db, cancellationToken);
        await using var _ = transaction;
        var written = await WriteReportsAsync(connection, transaction, tree, opened, taskId, catalog.Where(i => !i.IsComputed).ToList(), cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    private static async Task<(int Reports, long Values)> WriteReportsAsync(DbConnection connection, DbTransaction? transaction, SyntheticTree tree,
        List<ReportingPeriod> periods, Guid taskId, List<Indicator> indicators, CancellationToken cancellationToken)
    {
        var random = new Random(236);
        var reports = new List<(Guid Id, SyntheticUnit Unit)>();
        await using (var writer = BulkWriter.Open(connection, transaction, "reporting_reports",
            "Id", "PeriodId", "OrganizationId", "ReceiverId", "Status", "Revision", "Version", "FirstSubmittedAt", "SubmittedAt", "AcceptedAt", "ReturnComment", "UpdatedAt", "UpdatedByName"))
        {
            foreach (var period in periods)
            {
                var submittedAt = DateTime.SpecifyKind(period.DueOn.AddDays(-2).ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
                foreach (var unit in tree.ReportingUnits)
                {
                    var submitted = random.Next(100) >= 3; // about 3% missing
                    var id = Guid.NewGuid();
                    reports.Add((id, unit));
                    await writer.RowAsync(id, period.Id, unit.Id, tree.RootId, submitted ? "Submitted" : "Draft", 1, submitted ? 1 : 0,
                        submitted ? submittedAt : null, submitted ? submittedAt : null, null, null, submittedAt, "Dữ liệu tổng hợp");
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = BulkWriter.Open(connection, transaction, "reporting_narratives", "ReportId", "TaskId", "Results", "Limitations", "Proposals"))
        {
            foreach (var (id, _) in reports)
            {
                await writer.RowAsync(id, taskId, "Đã quán triệt, triển khai Kết luận 236-KL/TW; tổ chức tuyên truyền, đối thoại với Nhân dân tại các thôn.", null, null);
            }

            await writer.CompleteAsync();
        }

        long values = 0;
        await using (var writer = BulkWriter.Open(connection, transaction, "reporting_values", "Id", "ReportId", "IndicatorId", "AreaId", "Number", "Text"))
        {
            foreach (var (id, unit) in reports)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var indicator in indicators)
                {
                    if (!indicator.ByVillage)
                    {
                        await writer.RowAsync(Guid.NewGuid(), id, indicator.Id, null, (decimal)random.Next(0, 500), null);
                        values++;
                    }
                    else if (unit.ReportsVillages)
                    {
                        foreach (var village in unit.Villages)
                        {
                            await writer.RowAsync(Guid.NewGuid(), id, indicator.Id, village, (decimal)random.Next(0, 500), null);
                            values++;
                        }
                    }
                }
            }

            await writer.CompleteAsync();
        }

        return (reports.Count, values);
    }
}
