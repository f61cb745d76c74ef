using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Inspections.Contracts;
using DanVan.Web.Modules.Inspections.Work;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Plans.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Inspections;

/// <summary>Plans an inspection of a programme, or changes one not yet told to its units.</summary>
public sealed class PlanModel(AppDbContext db, CurrentUser currentUser, InspectionPlanning planning, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public InspectionInput Input { get; set; } = new();

    public Programme Programme { get; private set; } = null!;

    public IReadOnlyList<Choice> Plans { get; private set; } = [];

    public IReadOnlyList<Choice> Tasks { get; private set; } = [];

    public IReadOnlyList<Organization> Units { get; private set; } = [];

    private Inspection? existing;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (existing is not null && existing.Status != InspectionStatus.Planned)
        {
            // Told to the units already: its plan no longer changes here; its page says what stands.
            TempData["Message"] = "Cuộc kiểm tra đã được thông báo cho đơn vị nên không sửa kế hoạch được nữa.";
            return RedirectToPage("/Inspections/Details", new { id = existing.Id });
        }

        if (existing is not null)
        {
            Input = InspectionInput.Of(existing);
        }
        else
        {
            Input = new InspectionInput { Title = null, Method = InspectionMethod.OnSite };
        }

        await ChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>The plan's tasks, when another plan is chosen (htmx; without it the form's "reload" does the same).</summary>
    public async Task<IActionResult> OnGetTasksAsync([FromQuery(Name = "Input.SubjectPlanId")] Guid? planId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new InspectionInput { SubjectPlanId = planId };
        await ChoicesAsync(cancellationToken);
        return Partial("_PlanTasks", this);
    }

    public async Task<IActionResult> OnPostReloadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await ChoicesAsync(cancellationToken);
        var dates = Input.Dates(ModelState);
        if (!ModelState.IsValid || dates is null)
        {
            return Page();
        }

        // Only what the form offered: a plan of the branch, its tasks, units of the branch.
        if (Input.SubjectPlanId is { } planId && Plans.All(p => p.Id != planId))
        {
            ModelState.AddModelError("Input.SubjectPlanId", "Hãy chọn một kế hoạch trong danh sách.");
        }

        var taskIds = Tasks.Select(t => t.Id).ToHashSet();
        if ((Input.SubjectTaskId is { } taskId && !taskIds.Contains(taskId)) || Input.ContentTaskIds.Any(t => !taskIds.Contains(t)))
        {
            ModelState.AddModelError(string.Empty, "Nhiệm vụ được chọn không thuộc kế hoạch được kiểm tra.");
        }

        var inspected = Units.Where(u => Input.UnitIds.Contains(u.Id)).ToList();
        if (inspected.Count != Input.UnitIds.Distinct().Count())
        {
            ModelState.AddModelError(string.Empty, "Hãy chọn đơn vị trong danh sách.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A task picked is checked as its text says (its first line), without its number.
        var picked = await db.PlanTasks.AsNoTracking().Where(t => Input.ContentTaskIds.Contains(t.Id)).OrderBy(t => t.Position).Select(t => new { t.Id, t.Text }).ToListAsync(cancellationToken);
        var contents = picked.Select(t => new ContentPick(t.Text.Split('\n', 2)[0], t.Id))
            .Concat((Input.OtherContents ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => new ContentPick(t, null)))
            .ToList();
        var tracked = await db.Organizations.Where(o => Input.UnitIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var plan = new InspectionPlan(Input.Title, Input.Subject, Input.SubjectPlanId, Input.SubjectTaskId, Input.Method, dates.Value.CoversFrom, dates.Value.CoversTo, dates.Value.StartsOn, dates.Value.EndsOn);
        Inspection? saved = existing;
        if (!await ModelState.TrySaveAsync(db, async () =>
            {
                // Changing a planned inspection without typing the team keeps the team it has.
                var team = existing is not null && string.IsNullOrWhiteSpace(Input.HeadEmail) && string.IsNullOrWhiteSpace(Input.MemberEmails)
                    ? existing.Team.Select(m => new TeamPick(m.UserId, m.Name, m.UnitName, m.IsHead)).ToList()
                    : await planning.TeamAsync(Input.HeadEmail, Input.MemberEmails, cancellationToken);
                await planning.EnsureIndependentAsync(team, Input.UnitIds, cancellationToken);
                if (existing is null)
                {
                    saved = Inspection.Plan(Programme, plan, tracked, team, contents, clock.GetUtcNow().UtcDateTime);
                    db.Inspections.Add(saved);
                }
                else
                {
                    existing.Replan(plan, tracked, team, contents);
                }
            }, cancellationToken))
        {
            return Page();
        }

        TempData["Message"] = existing is null ? $"Đã lập {Programme.Kind.Activity()}. Khi sẵn sàng, bấm “Thông báo cho đơn vị”." : "Đã lưu thay đổi.";
        return RedirectToPage("/Inspections/Details", new { id = saved!.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (Id is { } id)
        {
            existing = await db.Inspections.Include(i => i.Units).Include(i => i.Team).Include(i => i.Contents).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            ProgrammeId = existing?.ProgrammeId;
        }

        var programme = ProgrammeId is { } programmeId ? await planning.ProgrammeAsync(programmeId, scope, InspectionPermissions.Manage, cancellationToken) : null;
        if (programme is null || (Id is not null && existing is null))
        {
            return false;
        }

        Programme = programme;
        if (existing is not null)
        {
            existing = programme.Inspections.Single(i => i.Id == existing.Id);
        }

        return true;
    }

    private async Task ChoicesAsync(CancellationToken cancellationToken)
    {
        Plans = await planning.PlansAsync(Programme, cancellationToken);
        Tasks = Input.SubjectPlanId is { } planId && Plans.Any(p => p.Id == planId) ? await planning.TasksAsync(planId, cancellationToken) : [];
        Units = await planning.UnitsAsync(Programme, Input.UnitIds, cancellationToken);
    }
}

public sealed class InspectionInput
{
    [Required(ErrorMessage = "Hãy nhập tên cuộc kiểm tra.")]
    [StringLength(500, MinimumLength = 5, ErrorMessage = "Tên cuộc kiểm tra: từ 5 đến 500 ký tự.")]
    [Display(Name = "Tên cuộc kiểm tra, giám sát")]
    public string? Title { get; set; }

    [Display(Name = "Đối tượng")]
    public InspectionSubject Subject { get; set; } = InspectionSubject.Plan;

    [Display(Name = "Kế hoạch được kiểm tra việc thực hiện")]
    public Guid? SubjectPlanId { get; set; }

    [Display(Name = "Nhiệm vụ được kiểm tra")]
    public Guid? SubjectTaskId { get; set; }

    [Display(Name = "Hình thức")]
    public InspectionMethod Method { get; set; } = InspectionMethod.OnSite;

    [Display(Name = "Thời kỳ kiểm tra từ ngày")]
    public string? CoversFrom { get; set; }

    [Display(Name = "đến ngày")]
    public string? CoversTo { get; set; }

    [Display(Name = "Tiến hành từ ngày")]
    public string? StartsOn { get; set; }

    [Display(Name = "đến ngày")]
    public string? EndsOn { get; set; }

    [Display(Name = "Đơn vị được kiểm tra")]
    public List<Guid> UnitIds { get; set; } = [];

    [Display(Name = "Trưởng đoàn (email tài khoản DanVan)")]
    public string? HeadEmail { get; set; }

    [Display(Name = "Thành viên đoàn (mỗi dòng một email)")]
    public string? MemberEmails { get; set; }

    [Display(Name = "Nội dung kiểm tra: nhiệm vụ của kế hoạch")]
    public List<Guid> ContentTaskIds { get; set; } = [];

    [Display(Name = "Nội dung khác (mỗi dòng một nội dung)")]
    public string? OtherContents { get; set; }

    public static InspectionInput Of(Inspection inspection) => new()
    {
        Title = inspection.Title,
        Subject = inspection.Subject,
        SubjectPlanId = inspection.SubjectPlanId,
        SubjectTaskId = inspection.SubjectTaskId,
        Method = inspection.Method,
        CoversFrom = VietnameseText.FormatDate(inspection.CoversFrom),
        CoversTo = VietnameseText.FormatDate(inspection.CoversTo),
        StartsOn = VietnameseText.FormatDate(inspection.StartsOn),
        EndsOn = VietnameseText.FormatDate(inspection.EndsOn),
        UnitIds = inspection.Units.Select(u => u.OrganizationId).ToList(),
        HeadEmail = null,
        MemberEmails = null,
        ContentTaskIds = inspection.Contents.Where(c => c.TaskId is not null).Select(c => c.TaskId!.Value).ToList(),
        OtherContents = string.Join('\n', inspection.Contents.Where(c => c.TaskId is null).OrderBy(c => c.Position).Select(c => c.Text)),
    };

    /// <summary>The four dates, each named in its own message when it does not read as dd/MM/yyyy.</summary>
    public (DateOnly CoversFrom, DateOnly CoversTo, DateOnly StartsOn, DateOnly EndsOn)? Dates(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary form)
    {
        DateOnly? Read(string? text, string field, string label)
        {
            if (VietnameseText.TryParseDate(text, out var date) && date is not null)
            {
                return date;
            }

            form.AddModelError($"Input.{field}", $"{label}: hãy nhập ngày theo dạng dd/MM/yyyy.");
            return null;
        }

        var coversFrom = Read(CoversFrom, nameof(CoversFrom), "Thời kỳ kiểm tra từ ngày");
        var coversTo = Read(CoversTo, nameof(CoversTo), "Thời kỳ kiểm tra đến ngày");
        var startsOn = Read(StartsOn, nameof(StartsOn), "Tiến hành từ ngày");
        var endsOn = Read(EndsOn, nameof(EndsOn), "Tiến hành đến ngày");
        return coversFrom is { } a && coversTo is { } b && startsOn is { } c && endsOn is { } d ? (a, b, c, d) : null;
    }
}
