using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Reporting.Documents;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reminders;
using DanVan.Web.Modules.Reporting.Reports;
using DanVan.Web.Modules.Reporting.Targets;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Reporting.Contracts;

/// <summary>The Reporting module's tables, read as <c>db.Indicators</c>; a module's data is changed only by that module (its entities' methods).</summary>
public static class ReportingSets
{
    extension(AppDbContext db)
    {
        public DbSet<Indicator> Indicators => db.Set<Indicator>();

        public DbSet<ReportingSchedule> ReportingSchedules => db.Set<ReportingSchedule>();

        public DbSet<ReportingPeriod> ReportingPeriods => db.Set<ReportingPeriod>();

        public DbSet<Report> Reports => db.Set<Report>();

        public DbSet<ReportEvent> ReportEvents => db.Set<ReportEvent>();

        public DbSet<ReportReminder> ReportReminders => db.Set<ReportReminder>();

        public DbSet<IssuedDocument> IssuedDocuments => db.Set<IssuedDocument>();

        public DbSet<DocumentCounter> DocumentCounters => db.Set<DocumentCounter>();

        public DbSet<IndicatorTarget> IndicatorTargets => db.Set<IndicatorTarget>();
    }
}
