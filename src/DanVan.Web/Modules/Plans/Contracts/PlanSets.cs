using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Plans.Progress;
using DanVan.Web.Modules.Plans;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Plans.Contracts;

/// <summary>The Plans module's tables, read as <c>db.Documents</c>; a module's data is changed only by that module (its entities' methods).</summary>
public static class PlanSets
{
    extension(AppDbContext db)
    {
        public DbSet<OfficialDocument> Documents => db.Set<OfficialDocument>();

        public DbSet<DocumentCitation> DocumentCitations => db.Set<DocumentCitation>();

        public DbSet<Plan> Plans => db.Set<Plan>();

        public DbSet<PlanTask> PlanTasks => db.Set<PlanTask>();

        public DbSet<TaskAssignment> TaskAssignments => db.Set<TaskAssignment>();

        public DbSet<SourceFile> SourceFiles => db.Set<SourceFile>();

        public DbSet<TaskProgress> TaskProgress => db.Set<TaskProgress>();

        public DbSet<EvidenceFile> EvidenceFiles => db.Set<EvidenceFile>();

        public DbSet<Cycles.TaskCycle> TaskCycles => db.Set<Cycles.TaskCycle>();

        public DbSet<Cycles.CycleDeadline> CycleDeadlines => db.Set<Cycles.CycleDeadline>();

        public DbSet<Correction.PlanCorrection> PlanCorrections => db.Set<Correction.PlanCorrection>();
    }
}
