using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Evaluation.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation;

public static class EvaluationModule
{
    /// <summary>Evaluation and rating of units (Quy định 366-QĐ/TW and other frameworks as data): rounds, scores computed from DanVan's data, levels, decisions.</summary>
    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddEntityModel(typeof(EvaluationModule));
        services.AddScoped<Scoring.TaskFactsQuery>();
        services.AddScoped<Rounds.RoundWork>();
        services.AddScoped<IStartupTask, Sets.DefaultSets>();
        services.AddScoped<IEvaluationDemo, Demo.DemoRound>();

        services.AddOrganizationPermission(EvaluationPermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(EvaluationPermissions.Manage, MembershipRole.OrganizationAdmin, MembershipRole.Leader);
        services.AddOrganizationPermission(EvaluationPermissions.Assess, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddAdministratorPermission(EvaluationPermissions.Criteria);
        services.AddNavEntry(new NavEntry("Đánh giá, xếp loại", "/Evaluation/Index", 37));

        services.AddRecordName<CriteriaSet>("Bộ tiêu chí đánh giá", "/Evaluation/Sets/Edit/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.CriteriaSets.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id.ToString(), s => s.Name, ct); });
        services.AddRecordName<SetCriterion>("Tiêu chí đánh giá");
        services.AddRecordName<SetLevel>("Mức xếp loại");
        services.AddRecordName<Round>("Kỳ đánh giá", "/Evaluation/Rounds/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.EvaluationRounds.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Year, r.Quarter, Unit = r.Organization!.Name }).ToDictionaryAsync(r => r.Id.ToString(), r => $"Đánh giá {(r.Quarter is { } q ? $"quý {q}/" : "năm ")}{r.Year} của {r.Unit}", ct); });
        services.AddRecordName<UnitEvaluation>("Đánh giá của đơn vị", "/Evaluation/Rounds/Unit/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.UnitEvaluations.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Round!.Year, Unit = u.Organization!.Name }).ToDictionaryAsync(u => u.Id.ToString(), u => $"{u.Unit} – năm {u.Year}", ct); });
        services.AddRecordName<EvaluationScore>("Điểm tiêu chí");
        services.AddRecordName<HeadEvaluation>("Đánh giá người đứng đầu", "/Evaluation/Rounds/Head/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Set<HeadEvaluation>().Where(h => ids.Contains(h.Id)).Select(h => new { h.Id, h.FullName, h.Unit!.Round!.Year, Unit = h.Unit.Organization!.Name }).ToDictionaryAsync(h => h.Id.ToString(), h => $"{h.FullName}, người đứng đầu {h.Unit} – năm {h.Year}", ct); });
        services.AddRecordName<HeadScore>("Điểm tiêu chí của người đứng đầu");
        services.AddRecordName<RoundDecision>("Quyết định đánh giá đã được thay thế");
        return services;
    }
}
