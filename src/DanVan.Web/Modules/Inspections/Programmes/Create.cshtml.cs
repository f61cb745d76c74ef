using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using DanVan.Web.Modules.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Modules.Inspections.Programmes;

/// <summary>A unit's yearly programme of inspection or supervision.</summary>
public sealed class CreateModel(AppDbContext db, CurrentUser currentUser, InspectionPlanning planning, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public IReadOnlyList<Organization> Issuers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Issuers = await planning.IssuersAsync(await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (Issuers.Count == 0)
        {
            return Forbid();
        }

        Input = new ProgrammeInput { Year = clock.Today().Year, OrganizationId = Issuers[0].Id };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        Issuers = await planning.IssuersAsync(scope, cancellationToken);
        // The unit is checked before the form: nobody learns more of a unit they may not plan for than a refusal.
        if (Issuers.All(o => o.Id != Input.OrganizationId))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Programme? programme = null;
        try
        {
            if (!await ModelState.TrySaveAsync(db, async () => programme = await planning.CreateProgrammeAsync(scope, Input.OrganizationId, Input.Year, Input.Kind, Input.Title, cancellationToken), cancellationToken))
            {
                return Page();
            }
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        TempData["Message"] = "Đã lập chương trình. Hãy thêm các cuộc kiểm tra, giám sát của chương trình.";
        return RedirectToPage("Details", new { id = programme!.Id });
    }
}

public sealed class ProgrammeInput
{
    [Display(Name = "Đơn vị lập chương trình")]
    public Guid OrganizationId { get; set; }

    [Range(2000, 2100, ErrorMessage = "Năm: từ 2000 đến 2100.")]
    [Display(Name = "Năm")]
    public int Year { get; set; }

    [Display(Name = "Loại chương trình")]
    public ProgrammeKind Kind { get; set; } = ProgrammeKind.Party;

    [Required(ErrorMessage = "Hãy nhập tên chương trình.")]
    [StringLength(500, MinimumLength = 5, ErrorMessage = "Tên chương trình: từ 5 đến 500 ký tự.")]
    [Display(Name = "Tên chương trình")]
    public string? Title { get; set; }
}
