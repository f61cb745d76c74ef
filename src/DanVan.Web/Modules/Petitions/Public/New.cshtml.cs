using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Public;

/// <summary>
/// The public petition form, no account needed and no script: first the commune (a search), then what happened,
/// where, for whom, and who sends it. A post must pass the limits per address and overall, the hidden field, the
/// question and the ban list before anything is written; the sender gets the tracking code.
/// </summary>
[EnableRateLimiting(PostLimits.Policy)]
[RequestSizeLimit(PetitionUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PetitionUploads.MaxRequestBytes)]
public sealed class NewModel(AppDbContext db, PetitionWork work, FormChallenge challenge, PostLimits limits) : PageModel
{
    private const int MaxCommunes = 30;

    [BindProperty(SupportsGet = true)]
    public Guid? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public PetitionInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    [BindProperty]
    public string? Website { get; set; }

    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(10)]
    public string? Answer { get; set; }

    public string Question { get; private set; } = "";

    public Area? ChosenCommune { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Communes { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (ChosenCommune is not null)
        {
            Input.AreaId = ChosenCommune.Id;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The token posted is checked; the page shown again carries a new one.
        var posted = Token;
        await LoadAsync(cancellationToken);
        if (ChosenCommune is null)
        {
            return RedirectToPage();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            ModelState.AddModelError(string.Empty, "Không gửi được đơn. Nếu anh/chị là người gửi, xin tải lại trang và gửi lại.");
            return Page();
        }

        if (challenge.Check(posted, Answer) is { } refused)
        {
            ModelState.AddModelError(nameof(Answer), refused);
            return Page();
        }

        // The limit for all addresses together counts only the posts a person could have sent (past the honeypot and
        // the question), so junk does not use it up; when it is reached the form comes back with what was written.
        using var lease = limits.Overall();
        if (!lease.IsAcquired)
        {
            ModelState.AddModelError(string.Empty, "Hệ thống đang nhận quá nhiều đơn cùng lúc. Đơn của anh/chị chưa được gửi; nội dung vẫn còn trên trang, xin trả lời câu hỏi mới và gửi lại sau ít phút.");
            var again = Page();
            again.StatusCode = StatusCodes.Status429TooManyRequests;
            return again;
        }

        var today = work.Today;
        var keys = new[] { RateLimits.AddressOf(HttpContext), Input.Email, Input.Phone }.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => BannedSender.HashOf(BannedSender.Key(k))).ToList();
        if (await db.BannedSenders.AnyAsync(b => keys.Contains(b.Hash) && (b.Until == null || b.Until >= today), cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "Địa chỉ hoặc thông tin liên hệ này đang bị tạm dừng gửi đơn trực tuyến. Anh/chị có thể đến nộp đơn trực tiếp tại cơ quan.");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Petition? petition = null;
        try
        {
            var uploads = await PetitionUploads.ReadAsync(Uploads, cancellationToken);
            if (!Areas.Any(a => a.Id == Input.AreaId))
            {
                throw new BusinessRuleException("Hãy chọn thôn, xóm hoặc cả xã nơi xảy ra vụ việc.");
            }

            if (!await ModelState.TrySaveAsync(db, async () =>
                {
                    petition = await work.FileAsync(new PetitionDraft(Input.Title, Input.Content, Input.Place, PetitionChannel.Online, Input.Kind, PetitionWork.OnlineIntake), Input.AreaId, Input.OrganizationId, Input.Person, uploads, cancellationToken);
                }, cancellationToken))
            {
                return Page();
            }
        }
        catch (BusinessRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        TempData["Message"] = "sent";
        return RedirectToPage("/Petitions/Public/Status", new { code = petition!.Code });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        (Question, Token) = challenge.Issue();
        ModelState.Remove(nameof(Token));
        ModelState.Remove(nameof(Answer));
        if (Commune is { } id)
        {
            ChosenCommune = await db.Areas.AsNoTracking().Include(a => a.Parent).SingleOrDefaultAsync(a => a.Id == id && a.Level == AreaLevel.Commune, cancellationToken);
        }

        if (ChosenCommune is null)
        {
            var query = db.Areas.AsNoTracking().Where(a => a.Level == AreaLevel.Commune && (a.ValidTo == null || a.ValidTo >= work.Today));
            foreach (var pattern in VietnameseText.WordPatterns(Q))
            {
                query = query.Where(a => EF.Functions.Like(a.SearchKey, pattern, "\\"));
            }

            var found = await query.Select(a => new { a.Id, a.Name, Province = a.Parent!.Name }).Take(MaxCommunes + 1).ToListAsync(cancellationToken);
            Communes = string.IsNullOrWhiteSpace(Q) && found.Count > MaxCommunes ? [] : found.OrderBy(a => a.Name, VietnameseText.Comparer).Take(MaxCommunes).Select(a => (a.Id, $"{a.Name}, {a.Province}")).ToList();
            return;
        }

        var villages = await db.Areas.AsNoTracking().Where(a => a.ParentId == ChosenCommune.Id).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        Areas = [(ChosenCommune.Id, $"Cả {ChosenCommune.Name}"), .. villages.OrderBy(v => v.Name, VietnameseText.Comparer).Select(v => (v.Id, v.Name))];
        Units = (await work.UnitsServing(ChosenCommune).Select(o => new { o.Id, o.Name, o.Depth }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Depth).ThenBy(o => o.Name, VietnameseText.Comparer).Select(o => (o.Id, o.Name)).ToList();
    }
}
