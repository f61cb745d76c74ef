using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation.Contracts;

/// <summary>The Evaluation module's tables, read as <c>db.EvaluationRounds</c>; changed only through the module's entities.</summary>
public static class EvaluationSets
{
    extension(AppDbContext db)
    {
        public DbSet<CriteriaSet> CriteriaSets => db.Set<CriteriaSet>();

        public DbSet<Round> EvaluationRounds => db.Set<Round>();

        public DbSet<UnitEvaluation> UnitEvaluations => db.Set<UnitEvaluation>();
    }
}
