using System.Data.Common;
using System.Diagnostics;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Plans;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Cli.Generate;

/// <summary>The size of a synthetic dataset.</summary>
public sealed record DatasetSize(int Provinces, int Communes, int UnitsPerCommune, int Indicators, int Periods);

/// <summary>
/// A synthetic national dataset for measuring consolidation (`demo generate`): a central body issuing one plan,
/// provinces, communes and the units of each commune (the commune's Party committee and its cells, agencies and
/// organizations), an indicator catalog, and per period one submitted report per commune-level unit with a value
/// for every indicator and a narrative. The small reference rows go through the entities; the millions of
/// report rows are bulk-copied (PostgreSQL COPY; one transaction of prepared inserts on SQLite). Everything is
/// flagged as demo; nothing personal is generated.
/// </summary>
public sealed class NationalDataset(AppDbContext db, TimeProvider clock)
{
    public const string RootCode = "QG.TW";

    public async Task<string> GenerateAsync(DatasetSize size, TextWriter progress, CancellationToken cancellationToken)
    {
        if (size.Provinces is < 1 or > 59 || size.Communes < size.Provinces || size.Communes > 39_000 || size.UnitsPerCommune is < 1 or > 99 || size.Indicators is < 1 or > 999 || size.Periods is < 1 or > 20)
        {
            throw new BusinessRuleException("Kích thước không hợp lệ: 1–59 tỉnh, số xã từ số tỉnh đến 39.000, 1–99 đơn vị mỗi xã, 1–999 chỉ tiêu, 1–20 kỳ.");
        }

        if (await db.Organizations.AnyAsync(o => o.Code == RootCode, cancellationToken))
        {
            throw new BusinessRuleException("Cơ sở dữ liệu đã có bộ dữ liệu tổng hợp toàn quốc (mã QG.TW).");
        }

        var clockStart = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var kinds = await db.OrganizationKinds.ToDictionaryAsync(k => k.Code, cancellationToken);

        // Reference rows through the entities: areas, the central body, the catalog, the plan and its periods.
        var provinces = Enumerable.Range(0, size.Provinces).Select(p => Area.Create((40 + p).ToString("00"), $"Tỉnh tổng hợp {p + 1:00}", AreaLevel.Province, null, isDemo: true)).ToList();
        var communes = Enumerable.Range(0, size.Communes).Select(c => Area.Create((60000 + c).ToString("00000"), $"Xã tổng hợp {c + 1:00000}", AreaLevel.Commune, provinces[c % size.Provinces], isDemo: true)).ToList();
        db.Areas.AddRange(provinces);
        db.Areas.AddRange(communes);
        var root = Organization.Create(RootCode, "Ban Tuyên giáo và Dân vận Trung ương (dữ liệu tổng hợp)", "BTGDVTW", kinds["ban-tham-muu"], provinces[0], null, isDemo: true);
        db.Organizations.Add(root);
        var catalog = new List<Indicator>();
        for (var i = 1; i <= size.Indicators; i++)
        {
            var ratio = i % 10 == 0 && i >= 3;
            var definition = ratio
                ? new IndicatorDefinition($"QG_{i:000}", $"Tỷ lệ tổng hợp {i:000}", "%", IndicatorType.Percent, IndicatorAggregation.Ratio, catalog[^1].Id, catalog[^2].Id)
                : new IndicatorDefinition($"QG_{i:000}", $"Chỉ tiêu tổng hợp {i:000}", "đơn vị", IndicatorType.Integer, IndicatorAggregation.Sum);
            var indicator = Indicator.Create(definition, [.. await db.Indicators.AsNoTracking().ToListAsync(cancellationToken), .. catalog], isDemo: true);
            catalog.Add(indicator);
        }

        db.Indicators.AddRange(catalog);
        var document = OfficialDocument.Create("Kế hoạch", "01-KH/BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", new DateOnly(2026, 2, 1),
            "Kế hoạch thực hiện Kết luận 236-KL/TW (dữ liệu tổng hợp để đo hiệu năng)", root.Id, now, isDemo: true);
        db.Documents.Add(document);
        var plan = Plan.Create(document, root, null, null, new PlanReporting(true, true, false), now, isDemo: true);
        var task = plan.AddTask("1", "Triển khai thực hiện Kết luận 236-KL/TW tại cơ sở", TaskSchedule.Ongoing, null);
        db.Plans.Add(plan);
        var periods = new List<ReportingPeriod>();
        for (var k = 0; k < size.Periods; k++)
        {
            var kind = k % 2 == 0 ? PeriodKind.SixMonth : PeriodKind.Annual;
            var year = 2026 - (k / 2);
            var (from, to, due) = ReportingSchedule.DefaultFor(plan, kind).DatesFor(year);
            periods.Add(ReportingPeriod.Open(plan, kind, year, 1, null, from, to, due, "Dữ liệu tổng hợp", now, isDemo: true));
        }

        db.ReportingPeriods.AddRange(periods);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await progress.WriteLineAsync($"  reference rows: {size.Provinces} provinces, {size.Communes} communes, {size.Indicators} indicators, {size.Periods} periods ({clockStart.Elapsed.TotalSeconds:0.0} s)");

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var transaction = connection is Microsoft.Data.Sqlite.SqliteConnection ? await connection.BeginTransactionAsync(cancellationToken) : null;
        var units = await WriteUnitsAsync(connection, transaction, size, root, provinces, communes, kinds, cancellationToken);
        await progress.WriteLineAsync($"  units: {units.Count:N0} ({clockStart.Elapsed.TotalSeconds:0.0} s)");
        var entered = catalog.Where(i => !i.IsComputed).ToList();
        var (reports, values) = await WriteReportsAsync(connection, transaction, units, root.Id, periods, task.Id, entered, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        // Fresh statistics after a bulk load, as after any large import: without them the planner guesses row counts.
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

        return $"Generated {units.Count:N0} reporting units, {reports:N0} reports, {values:N0} values in {clockStart.Elapsed.TotalSeconds:0.0} s.";
    }

    private static async Task<List<Guid>> WriteUnitsAsync(DbConnection connection, DbTransaction? transaction, DatasetSize size, Organization root,
        List<Area> provinces, List<Area> communes, Dictionary<string, OrganizationKind> kinds, CancellationToken cancellationToken)
    {
        string[] columns = ["Id", "Code", "Name", "ShortName", "KindId", "AreaId", "ParentId", "Path", "Depth", "IsArchived", "ArchivedAt", "IsDemo", "SearchKey"];
        await using var writer = BulkWriter.Open(connection, transaction, "organizations_units", columns);
        async Task WriteAsync(Organization o) => await writer.RowAsync(o.Id, o.Code, o.Name, o.ShortName, o.KindId, o.AreaId, o.ParentId, o.Path, o.Depth, false, null, true, o.SearchKey);
        string[] unitKinds = ["chi-bo", "mttq", "ct-xh", "ubnd", "ct-xh", "chi-bo"];
        var provinceUnits = new List<Organization>();
        foreach (var area in provinces)
        {
            var province = Organization.Create($"QG{area.Code}", $"Tỉnh ủy {area.Name}", "TU", kinds["dang-uy"], area, root, isDemo: true);
            provinceUnits.Add(province);
            await WriteAsync(province);
        }

        var reporting = new List<Guid>(size.Communes * size.UnitsPerCommune);
        for (var c = 0; c < communes.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var area = communes[c];
            var commune = Organization.Create($"QG{area.Code}", $"Đảng ủy {area.Name}", "ĐU", kinds["dang-uy"], area, provinceUnits[c % provinceUnits.Count], isDemo: true);
            await WriteAsync(commune);
            reporting.Add(commune.Id);
            for (var u = 1; u < size.UnitsPerCommune; u++)
            {
                var kind = kinds[unitKinds[u % unitKinds.Length]];
                var unit = Organization.Create($"QG{area.Code}.{u:00}", $"Đơn vị {u:00} – {area.Name}", "", kind, area, commune, isDemo: true);
                await WriteAsync(unit);
                reporting.Add(unit.Id);
            }
        }

        await writer.CompleteAsync();
        return reporting;
    }

    private static async Task<(int Reports, long Values)> WriteReportsAsync(DbConnection connection, DbTransaction? transaction, List<Guid> units, Guid receiverId,
        List<ReportingPeriod> periods, Guid taskId, List<Indicator> indicators, CancellationToken cancellationToken)
    {
        var random = new Random(236);
        var reports = new List<(Guid Id, bool Submitted)>();
        await using (var writer = BulkWriter.Open(connection, transaction, "reporting_reports",
            "Id", "PeriodId", "OrganizationId", "ReceiverId", "Status", "Revision", "Version", "FirstSubmittedAt", "SubmittedAt", "AcceptedAt", "ReturnComment", "UpdatedAt", "UpdatedByName"))
        {
            foreach (var period in periods)
            {
                var submittedAt = DateTime.SpecifyKind(period.DueOn.AddDays(-2).ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
                foreach (var unit in units)
                {
                    var submitted = random.Next(100) >= 3; // about 3% missing
                    var id = Guid.NewGuid();
                    reports.Add((id, submitted));
                    await writer.RowAsync(id, period.Id, unit, receiverId, submitted ? "Submitted" : "Draft", 1, submitted ? 1 : 0,
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
            foreach (var (id, _) in reports)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var indicator in indicators)
                {
                    await writer.RowAsync(Guid.NewGuid(), id, indicator.Id, null, (decimal)random.Next(0, 500), null);
                    values++;
                }
            }

            await writer.CompleteAsync();
        }

        return (reports.Count, values);
    }
}
