using System.ComponentModel.DataAnnotations;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Calendar;

/// <summary>The administrator's data behind the deadlines and the public form: public holidays, the legal deadlines per kind and round, the ban list.</summary>
[Authorize(Policy = PetitionPermissions.Administer)]
public sealed class SettingsModel(AppDbContext db, CurrentUser currentUser, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public HolidayInput Holiday { get; set; } = new();

    [BindProperty]
    public List<RuleInput> Rules { get; set; } = [];

    [BindProperty]
    public BanInput Ban { get; set; } = new();

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    public IReadOnlyList<DeadlineRule> Deadlines { get; private set; } = [];

    public IReadOnlyList<BannedSender> Bans { get; private set; } = [];

    public int ShownYear => Year is >= 2000 and <= 2100 ? Year.Value : clock.Today().Year;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostHolidayAsync(CancellationToken cancellationToken)
    {
        ModelState.OnlyFor(nameof(Holiday));
        if (!VietnameseText.TryParseDate(Holiday.Date, out var date) || date is null)
        {
            ModelState.AddModelError("Holiday.Date", "Ngày nghỉ: hãy nhập theo dạng dd/MM/yyyy.");
        }

        var saved = ModelState.IsValid && await ModelState.TrySaveAsync(db, () => db.Holidays.Add(Calendar.Holiday.Create(date!.Value, Holiday.Name ?? "")), cancellationToken,
            new UniqueField("Date", "Holiday.Date", "Ngày này đã có trong danh sách ngày nghỉ."));
        return await DoneAsync(saved, "Đã thêm ngày nghỉ; các hạn tính theo ngày làm việc từ nay tính cả ngày này.", cancellationToken, new { year = date?.Year });
    }

    public async Task<IActionResult> OnPostRemoveHolidayAsync(Guid holidayId, CancellationToken cancellationToken)
    {
        var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Id == holidayId, cancellationToken);
        if (holiday is null)
        {
            return NotFound();
        }

        db.Holidays.Remove(holiday);
        await db.SaveChangesAsync(cancellationToken);
        return await DoneAsync(true, "Đã bỏ ngày nghỉ.", cancellationToken, new { year = holiday.Date.Year });
    }

    public async Task<IActionResult> OnPostRulesAsync(CancellationToken cancellationToken)
    {
        ModelState.OnlyFor(nameof(Rules));
        var rules = await db.DeadlineRules.ToListAsync(cancellationToken);
        var saved = ModelState.IsValid && await ModelState.TrySaveAsync(db, () =>
        {
            foreach (var input in Rules)
            {
                var rule = rules.SingleOrDefault(r => r.Id == input.Id) ?? throw new BusinessRuleException("Không thấy thời hạn cần sửa; hãy tải lại trang.");
                try
                {
                    rule.Update(new DeadlineFigures(input.AcceptDays, input.Days, input.ComplexDays, input.RemoteDays, input.RemoteComplexDays, input.WorkingDays, input.MaxExtensions, input.ExtensionDays), input.Source ?? "");
                }
                catch (BusinessRuleException e)
                {
                    throw new BusinessRuleException($"{rule.Kind.Vietnamese()} lần {rule.Round}: {e.Message}");
                }
            }
        }, cancellationToken);
        return await DoneAsync(saved, "Đã lưu thời hạn; đơn thụ lý từ nay tính theo thời hạn mới, đơn đã thụ lý giữ hạn cũ.", cancellationToken, null);
    }

    public async Task<IActionResult> OnPostBanAsync(CancellationToken cancellationToken)
    {
        ModelState.OnlyFor(nameof(Ban));
        DateOnly? until = null;
        if (!string.IsNullOrWhiteSpace(Ban.Until) && (!VietnameseText.TryParseDate(Ban.Until, out until) || until is null))
        {
            ModelState.AddModelError("Ban.Until", "Chặn đến ngày: hãy nhập theo dạng dd/MM/yyyy, hoặc để trống.");
        }

        var by = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        var saved = ModelState.IsValid && await ModelState.TrySaveAsync(db, () => db.BannedSenders.Add(BannedSender.Create(Ban.Value ?? "", Ban.Reason, until, clock.Today(), by, clock.GetUtcNow().UtcDateTime)), cancellationToken);
        return await DoneAsync(saved, "Đã thêm vào danh sách chặn; đơn trực tuyến từ địa chỉ hay liên hệ này bị từ chối.", cancellationToken, null);
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid banId, CancellationToken cancellationToken)
    {
        var ban = await db.BannedSenders.SingleOrDefaultAsync(b => b.Id == banId, cancellationToken);
        if (ban is null)
        {
            return NotFound();
        }

        db.BannedSenders.Remove(ban);
        await db.SaveChangesAsync(cancellationToken);
        return await DoneAsync(true, "Đã bỏ chặn.", cancellationToken, null);
    }

    private async Task<IActionResult> DoneAsync(bool saved, string message, CancellationToken cancellationToken, object? route)
    {
        if (!saved)
        {
            await LoadAsync(cancellationToken, keepRules: true);
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage(route);
    }

    private async Task LoadAsync(CancellationToken cancellationToken, bool keepRules = false)
    {
        var from = new DateOnly(ShownYear, 1, 1);
        var to = new DateOnly(ShownYear, 12, 31);
        Holidays = await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).ToListAsync(cancellationToken);
        Deadlines = (await db.DeadlineRules.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(r => r.Kind).ThenBy(r => r.Round).ToList();
        Bans = (await db.BannedSenders.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(b => b.CreatedAt).ToList();
        if (!keepRules || Rules.Count != Deadlines.Count)
        {
            Rules = Deadlines.Select(r => new RuleInput
            {
                Id = r.Id, AcceptDays = r.AcceptDays, Days = r.Days, ComplexDays = r.ComplexDays, RemoteDays = r.RemoteDays, RemoteComplexDays = r.RemoteComplexDays,
                WorkingDays = r.WorkingDays, MaxExtensions = r.MaxExtensions, ExtensionDays = r.ExtensionDays, Source = r.Source,
            }).ToList();
        }
    }
}

public sealed class HolidayInput
{
    [Required(ErrorMessage = "Hãy nhập ngày nghỉ.")]
    [Display(Name = "Ngày (dd/MM/yyyy)")]
    public string? Date { get; set; }

    [Required(ErrorMessage = "Hãy nhập tên ngày nghỉ.")]
    [StringLength(200)]
    [Display(Name = "Tên ngày nghỉ")]
    public string? Name { get; set; }
}

public sealed class RuleInput
{
    public Guid Id { get; set; }

    [Range(1, DeadlineRule.MaxDays)]
    [Display(Name = "Thụ lý (ngày làm việc)")]
    public int AcceptDays { get; set; }

    [Range(1, DeadlineRule.MaxDays)]
    [Display(Name = "Giải quyết")]
    public int Days { get; set; }

    [Range(1, DeadlineRule.MaxDays)]
    [Display(Name = "Phức tạp")]
    public int ComplexDays { get; set; }

    [Range(1, DeadlineRule.MaxDays)]
    [Display(Name = "Vùng sâu, vùng xa")]
    public int RemoteDays { get; set; }

    [Range(1, DeadlineRule.MaxDays)]
    [Display(Name = "Phức tạp, vùng sâu, vùng xa")]
    public int RemoteComplexDays { get; set; }

    [Display(Name = "Tính theo ngày làm việc")]
    public bool WorkingDays { get; set; }

    [Range(0, 5)]
    [Display(Name = "Số lần gia hạn")]
    public int MaxExtensions { get; set; }

    [Range(0, DeadlineRule.MaxDays)]
    [Display(Name = "Ngày mỗi lần gia hạn")]
    public int ExtensionDays { get; set; }

    [StringLength(300)]
    [Display(Name = "Căn cứ")]
    public string? Source { get; set; }
}

public sealed class BanInput
{
    [Required(ErrorMessage = "Hãy nhập địa chỉ IP, thư điện tử hoặc số điện thoại.")]
    [StringLength(256)]
    [Display(Name = "Địa chỉ IP, thư điện tử hoặc số điện thoại")]
    public string? Value { get; set; }

    [Required(ErrorMessage = "Hãy ghi lý do chặn.")]
    [StringLength(500)]
    [Display(Name = "Lý do")]
    public string? Reason { get; set; }

    [Display(Name = "Chặn đến ngày (để trống: đến khi bỏ chặn)")]
    public string? Until { get; set; }
}
