using System.Text;
using System.Text.Json;
using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Petitions.Handling;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions;

/// <summary>
/// One case for whoever may read it: its deadlines and where it stands, its whole history, its files; the sender
/// only for who may read them (each read audited); the steps the user may take next.
/// </summary>
public sealed class DetailsModel(AppDbContext db, CurrentUser currentUser, PetitionWork work, IDocumentNumbers documents, TimeProvider clock) : PageModel
{
    public Petition Petition { get; private set; } = null!;

    public PetitionRights Rights { get; private set; } = null!;

    public Petitioner? Person { get; private set; }

    public IReadOnlyList<(Guid Id, string FileName, long Size, bool ByCitizen)> FileLines { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> TransferTargets { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Handlers { get; private set; } = [];

    public string? MergedIntoCode { get; private set; }

    public string? ReceptionLabel { get; private set; }

    public DateOnly Today { get; private set; }

    [BindProperty]
    public StepInput Step { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostClassifyAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.ClassifyAsync(Petition, Rights, Step.Kind, Step.Complex, Step.Remote, by, cancellationToken), "Đã phân loại đơn; hạn thụ lý tính theo loại đơn.", cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.AcceptAsync(Petition, Rights, by, cancellationToken), "Đã thụ lý; hạn giải quyết đã được tính và người gửi được báo tin.", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.DeclineAsync(Petition, Rights, Step.Reason, by, cancellationToken), "Đã ghi không thụ lý, kèm lý do.", cancellationToken);

    public Task<IActionResult> OnPostTransferAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Leads, by => work.TransferAsync(Petition, Rights, Step.ToId ?? Guid.Empty, Step.Reason, by, cancellationToken), "Đã chuyển đơn; đơn vị nhận và người gửi được báo tin.", cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Leads, by => work.AssignAsync(Petition, Rights, Step.HandlerId ?? "", by, cancellationToken), "Đã giao người xử lý.", cancellationToken);

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.ExtendAsync(Petition, Rights, Step.Reason, Step.Number, by, cancellationToken), "Đã gia hạn giải quyết.", cancellationToken);

    public Task<IActionResult> OnPostRespondAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.RespondAsync(Petition, Rights, Step.Answer, Step.Summary, Step.Number, by, cancellationToken), "Đã trả lời; người gửi được mời cho biết có hài lòng không.", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.CloseAsync(Petition, Rights, Step.Reason, by, cancellationToken), "Đã kết thúc vụ việc.", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.WithdrawAsync(Petition, Rights, Step.Reason, by, cancellationToken), "Đã ghi nhận người gửi rút đơn.", cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Leads, by => work.MergeAsync(Petition, Rights, Step.MainCode, by, cancellationToken), "Đã gộp vào vụ việc chung.", cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Handles, by => work.NoteAsync(Petition, Rights, Step.Text, Step.Public, by, cancellationToken), Step.Public ? "Đã đăng cập nhật lên trang tra cứu của người gửi." : "Đã ghi vào hồ sơ.", cancellationToken);

    public Task<IActionResult> OnPostSuperviseAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.Supervises, by => { work.Supervise(Petition, Rights, Step.Text, by); return Task.CompletedTask; }, "Đã ghi ý kiến giám sát.", cancellationToken);

    public Task<IActionResult> OnPostErasePersonAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(id, r => r.SeesPerson, by => work.ErasePersonAsync(Petition, Rights, by, cancellationToken), "Đã xóa thông tin cá nhân của người gửi; nội dung vụ việc được giữ lại.", cancellationToken);

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        // A file (a scan of the paper, a photo) may name the sender: it is read as the sender is.
        if (!await LoadAsync(id, cancellationToken) || !Rights.SeesPerson)
        {
            return NotFound();
        }

        var file = await db.PetitionFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.PetitionId == id, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>What DanVan holds of the sender, for them (the right of access): the person and the case's public history, as JSON.</summary>
    public async Task<IActionResult> OnGetPersonAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Rights.SeesPerson)
        {
            return NotFound();
        }

        if (Person is null)
        {
            return NotFound();
        }

        var export = new
        {
            maTraCuu = Petition.Code,
            hoTen = Person.Name,
            dienThoai = Person.Phone,
            thuDienTu = Person.Email,
            diaChi = Person.Address,
            dongYXuLyLuc = VietnameseText.FormatDateTime(Person.ConsentedAt),
            vuViec = new { Petition.Title, Petition.Content, loai = Petition.Kind.Vietnamese(), trangThai = Petition.Status.Vietnamese() },
            dienBien = Petition.Events.Where(e => e.IsPublic).OrderBy(e => e.At).Select(e => new { luc = VietnameseText.FormatDateTime(e.At), noiDung = e.Text }),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return File(json, "application/json; charset=utf-8", $"du-lieu-ca-nhan-{Petition.Code}.json");
    }

    /// <summary>The answer as an official letter (công văn) of the handling unit.</summary>
    public async Task<IActionResult> OnGetAnswerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Petition.Answer is null || !Rights.Handles)
        {
            return NotFound();
        }

        var heading = await documents.HeadingAsync(Petition.OrganizationId, cancellationToken);
        var docx = OfficialDocxWriter.Write(AnswerDocument.Build(Petition, Person, heading));
        return File(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"tra-loi-{Petition.Code}.docx");
    }

    private async Task<IActionResult> StepAsync(Guid id, Func<PetitionRights, bool> allowed, Func<string, Task> step, string done, CancellationToken cancellationToken)
    {
        var by = (await currentUser.GetStateAsync(cancellationToken)).FullName;
        return await this.RunAsync(db, await work.LockAsync(id, cancellationToken), () => LoadAsync(id, cancellationToken), () => allowed(Rights), () => step(by), done,
            () => RedirectToPage("/Petitions/Details", new { id }), cancellationToken);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Today = clock.Today();
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        var loaded = await work.LoadAsync(id, scope, cancellationToken);
        if (loaded is null)
        {
            return false;
        }

        (Petition, Rights) = loaded.Value;
        Person = await work.PersonAsync(Petition, Rights, cancellationToken);
        FileLines = (await db.PetitionFiles.AsNoTracking().Where(f => f.PetitionId == id).OrderBy(f => f.UploadedAt)
            .Select(f => new { f.Id, f.FileName, f.Size, f.ByCitizen }).ToListAsync(cancellationToken)).Select(f => (f.Id, f.FileName, f.Size, f.ByCitizen)).ToList();
        MergedIntoCode = Petition.MergedIntoId is { } main ? await db.Petitions.Where(p => p.Id == main).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken) : null;
        if (Petition.ReceptionId is { } session)
        {
            var s = await db.ReceptionSessions.AsNoTracking().Where(r => r.Id == session).Select(r => new { r.Date, r.Host }).SingleOrDefaultAsync(cancellationToken);
            ReceptionLabel = s is null ? null : $"{VietnameseText.FormatDate(s.Date)} – {s.Host}";
        }

        if (Rights.Leads && !Petition.IsFinal)
        {
            var path = Petition.Organization!.Path;
            var serving = await work.UnitsServing(Petition.Area!).Where(o => o.Id != Petition.OrganizationId).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            var above = await db.Organizations.AsNoTracking().Where(o => o.Id != Petition.OrganizationId && !o.IsArchived && path.StartsWith(o.Path)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            TransferTargets = serving.Concat(above).DistinctBy(o => o.Id).OrderBy(o => o.Name, VietnameseText.Comparer).Select(o => (o.Id, o.Name)).ToList();
            var members = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == Petition.OrganizationId && m.User!.IsActive && PetitionWork.HandleRoles.Contains(m.Role))
                .Select(m => new { m.UserId, m.User!.FullName }).ToListAsync(cancellationToken);
            Handlers = members.DistinctBy(m => m.UserId).OrderBy(m => m.FullName, VietnameseText.Comparer).Select(m => (m.UserId, m.FullName)).ToList();
        }

        return true;
    }
}

public sealed class StepInput
{
    public PetitionKind Kind { get; set; }

    public bool Complex { get; set; }

    public bool Remote { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(2000)]
    public string? Reason { get; set; }

    public Guid? ToId { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(450)]
    public string? HandlerId { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(60)]
    public string? Number { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(Petition.MaxText)]
    public string? Answer { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(1000)]
    public string? Summary { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(20)]
    public string? MainCode { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(2000)]
    public string? Text { get; set; }

    public bool Public { get; set; }
}
