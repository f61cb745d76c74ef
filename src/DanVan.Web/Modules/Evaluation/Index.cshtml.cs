using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Evaluation.Contracts;
using DanVan.Web.Modules.Evaluation.Rounds;
using DanVan.Web.Modules.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Evaluation;

/// <summary>The evaluation rounds the user reaches, newest first, and the form to open one for the units below a committee.</summary>
public sealed class IndexModel(AppDbContext db, CurrentUser currentUser, RoundWork work, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Round> Rounds { get; private set; } = [];

    public IReadOnlyList<Organization> Committees { get; private set; } = [];

    /// <summary>The evaluations of the user's own units in rounds of the committees above them (self-assessment).</summary>
    public IReadOnlyList<UnitEvaluation> Own { get; private set; } = [];

    /// <summary>The user's own evaluations as head (người đứng đầu) of a unit.</summary>
    public IReadOnlyList<HeadEvaluation> AsHead { get; private set; } = [];

    /// <summary>Administrators edit the criteria sets.</summary>
    public bool EditsSets { get; private set; }

    public IReadOnlyList<CriteriaSet> Sets { get; private set; } = [];

    [BindProperty]
    public OpenInput Open { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Open = new OpenInput { Year = clock.Today().Year, OrganizationId = Committees.FirstOrDefault()?.Id ?? Guid.Empty, SetId = Sets.FirstOrDefault()?.Id ?? Guid.Empty };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Committees.All(c => c.Id != Open.OrganizationId))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Round? round = null;
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        try
        {
            if (!await ModelState.TrySaveAsync(db, async () => round = await work.OpenAsync(scope, Open.OrganizationId, Open.Year, Open.Quarter, Open.SetId, cancellationToken), cancellationToken))
            {
                return Page();
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        TempData["Message"] = $"Đã mở kỳ đánh giá {round!.Title} cho {round.Units.Count} đơn vị; các đơn vị tự đánh giá trên trang của mình.";
        return RedirectToPage("/Evaluation/Rounds/Details", new { id = round.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        Committees = await work.CommitteesAsync(scope, cancellationToken);
        var today = clock.Today();
        // Those valid today first, the newest version first (the default), then the others still recent enough for a past period.
        Sets = (await db.CriteriaSets.AsNoTracking().ToListAsync(cancellationToken)).Where(s => s.ValidTo is null || s.ValidTo >= today.AddYears(-1))
            .OrderByDescending(s => s.IsValidOn(today)).ThenByDescending(s => s.ValidFrom).ThenBy(s => s.Name, Infrastructure.Text.VietnameseText.Comparer).ToList();
        Rounds = await db.EvaluationRounds.AsNoTracking().Include(r => r.Organization).Include(r => r.Set)
            .Where(OrgScopeCondition(scope))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).Take(100).ToListAsync(cancellationToken);
        var ownIds = Rounds.Select(r => r.Id).ToList();
        var own = await db.UnitEvaluations.AsNoTracking().VisibleTo(scope, u => u.Organization!, EvaluationPermissions.Assess)
            .Where(u => !ownIds.Contains(u.RoundId))
            .Include(u => u.Organization).Include(u => u.Round!).ThenInclude(r => r.Organization)
            .OrderByDescending(u => u.Round!.Year).Take(50).ToListAsync(cancellationToken);
        Own = own.Where(u => RoundWork.Assesses(u, scope) || scope.Allows(EvaluationPermissions.View, u.Organization!)).ToList();
        var me = scope.UserId ?? "";
        AsHead = await db.Set<HeadEvaluation>().AsNoTracking().Where(h => h.UserId == me)
            .Include(h => h.Unit!).ThenInclude(u => u.Organization).Include(h => h.Unit!).ThenInclude(u => u.Round!).ThenInclude(r => r.Organization)
            .OrderByDescending(h => h.Unit!.Round!.Year).Take(20).ToListAsync(cancellationToken);
        EditsSets = scope.HoldsAnywhere(EvaluationPermissions.Criteria);
    }

    private static System.Linq.Expressions.Expression<Func<Round, bool>> OrgScopeCondition(Infrastructure.Auth.OrgScope scope) =>
        Infrastructure.Auth.OrgScopeQueries.Covering<Round, Organization>(scope, r => r.Organization!, EvaluationPermissions.View);
}

public sealed class OpenInput
{
    [Display(Name = "Cấp ủy, cơ quan đánh giá")]
    public Guid OrganizationId { get; set; }

    [Range(2000, 2100, ErrorMessage = "Năm: từ 2000 đến 2100.")]
    [Display(Name = "Năm")]
    public int Year { get; set; }

    [Range(1, 4, ErrorMessage = "Quý: từ 1 đến 4, hoặc để trống để đánh giá cả năm.")]
    [Display(Name = "Quý (để trống: cả năm)")]
    public int? Quarter { get; set; }

    [Display(Name = "Bộ tiêu chí")]
    public Guid SetId { get; set; }
}
