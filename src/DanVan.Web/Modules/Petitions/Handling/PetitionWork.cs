using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Accounts.Contracts;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Petitions.Calendar;
using DanVan.Web.Modules.Petitions.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Petitions.Handling;

/// <summary>
/// The steps of a case, one path for every page and the demo: each loads the case under a lock, checks the user's
/// rights (<see cref="PetitionAccess"/>), lets the entity change itself, tells the people who must act and the
/// citizen (in the app, and by e-mail when they gave an address), and leaves the save to the caller.
/// </summary>
public sealed class PetitionWork(AppDbContext db, INotifier notifier, IDocumentNumbers numbers, TimeProvider clock, DatabaseLocks locks)
{
    public const string OnlineIntake = "Cổng tiếp nhận trực tuyến";

    public DateOnly Today => clock.Today();

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<IAsyncDisposable> LockAsync(Guid id, CancellationToken cancellationToken) => locks.AcquireAsync($"petition:{id:N}", cancellationToken);

    public async Task<WorkingCalendar> CalendarAsync(CancellationToken cancellationToken) =>
        new((await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken)).ToHashSet());

    public async Task<IReadOnlyDictionary<(PetitionKind, int), DeadlineRule>> RulesAsync(CancellationToken cancellationToken) =>
        (await db.DeadlineRules.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(r => (r.Kind, r.Round));

    public async Task<(Petition Petition, PetitionRights Rights)?> LoadAsync(Guid id, OrgScope scope, CancellationToken cancellationToken)
    {
        var petition = await db.Petitions.Include(p => p.Organization!).ThenInclude(o => o.Kind).Include(p => p.Area!).ThenInclude(a => a.Parent)
            .Include(p => p.Events).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (petition is null)
        {
            return null;
        }

        var rights = PetitionAccess.RightsOf(petition, scope, await PetitionAccess.FrontBranchesAsync(db, scope, cancellationToken));
        return rights.Views ? (petition, rights) : null;
    }

    /// <summary>The person, read only for who may (the read is in the audit log).</summary>
    public async Task<Petitioner?> PersonAsync(Petition petition, PetitionRights rights, CancellationToken cancellationToken) =>
        rights.SeesPerson && petition.HasPerson ? await db.Petitioners.SingleOrDefaultAsync(p => p.PetitionId == petition.Id, cancellationToken) : null;

    /// <summary>A new case (online or by staff): the unit's staff are told; the citizen gets the code by e-mail when they gave an address.</summary>
    public async Task<Petition> FileAsync(PetitionDraft draft, Guid areaId, Guid? organizationId, PersonInput? person, IReadOnlyList<EvidenceUpload> uploads, CancellationToken cancellationToken)
    {
        var area = await db.Areas.Include(a => a.Parent).SingleOrDefaultAsync(a => a.Id == areaId, cancellationToken)
            ?? throw new BusinessRuleException("Hãy chọn địa bàn nơi xảy ra vụ việc.");
        var organization = organizationId is { } chosen
            ? await db.Organizations.Include(o => o.Area).SingleOrDefaultAsync(o => o.Id == chosen && !o.IsArchived, cancellationToken)
            : await IntakeUnitAsync(area, cancellationToken);
        if (organization is null || !await ServesAsync(organization, area, cancellationToken))
        {
            throw new BusinessRuleException("Hãy chọn một cơ quan, đơn vị ở địa bàn đã chọn, hoặc chọn “Tôi không biết gửi đến đâu”.");
        }

        var calendar = await CalendarAsync(cancellationToken);
        var required = draft.Kind is PetitionKind.Complaint or PetitionKind.Denunciation;
        var petition = Petition.File(draft, area, organization, Petitioner.Create(person, required, Now), calendar, Today, Now);
        foreach (var upload in uploads)
        {
            petition.Attach(upload, draft.Channel == PetitionChannel.Online, Now);
        }

        db.Petitions.Add(petition);
        await notifier.NotifyUnitAsync(organization.Id, PetitionPermissions.Handle, new NotificationMessage(
            $"Đơn mới: {VietnameseText.Shorten(petition.Title, 120)}",
            $"{organization.Name} nhận đơn {petition.Code} ({draft.Channel.Vietnamese().ToLowerInvariant()}). Hạn thông báo thụ lý hoặc chuyển đơn: {VietnameseText.FormatDate(petition.AcceptBy)}.",
            Link(petition), NoticeKinds.Petition), cancellationToken);
        if (Petitioner.Create(person, false, Now)?.Email is { } email)
        {
            notifier.WriteLetter(email, $"Đã nhận đơn {petition.Code}",
                $"{organization.Name} đã nhận đơn “{petition.Title}” của anh/chị ngày {VietnameseText.FormatDate(Today)}. Mã tra cứu: {petition.Code}. "
                + $"Trong {Petition.DefaultAcceptDays} ngày làm việc, anh/chị được thông báo đơn được thụ lý hay chuyển đến cơ quan có thẩm quyền.", StatusLink(petition));
        }

        return petition;
    }

    /// <summary>The unit that takes a petition whose sender did not know where to send it: the first one of the commune (or the province), as the tree orders them.</summary>
    public async Task<Organization?> IntakeUnitAsync(Area area, CancellationToken cancellationToken)
    {
        foreach (var areaId in new[] { area.Level == AreaLevel.Village ? area.ParentId : area.Id, area.Level == AreaLevel.Village ? area.Parent?.ParentId : area.ParentId })
        {
            var unit = await db.Organizations.Include(o => o.Area).Where(o => o.AreaId == areaId && !o.IsArchived).OrderBy(o => o.Depth).ThenBy(o => o.Code).FirstOrDefaultAsync(cancellationToken);
            if (unit is not null)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>The units a petition about an area may be sent to: those of its commune and its province.</summary>
    public IQueryable<Organization> UnitsServing(Area area)
    {
        var commune = area.Level == AreaLevel.Village ? area.ParentId : area.Level == AreaLevel.Commune ? area.Id : null;
        var province = area.Level == AreaLevel.Village ? area.Parent?.ParentId : area.Level == AreaLevel.Commune ? area.ParentId : area.Id;
        return db.Organizations.Where(o => !o.IsArchived && (o.AreaId == commune || o.AreaId == province || o.Area!.ParentId == commune && commune != null));
    }

    private Task<bool> ServesAsync(Organization organization, Area area, CancellationToken cancellationToken) =>
        UnitsServing(area).AnyAsync(o => o.Id == organization.Id, cancellationToken);

    public async Task ClassifyAsync(Petition petition, PetitionRights rights, PetitionKind kind, bool complex, bool remote, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        var rules = await RulesAsync(cancellationToken);
        petition.Classify(kind, complex, remote, rules.GetValueOrDefault((kind, petition.Round)), await CalendarAsync(cancellationToken), by, Now);
    }

    public async Task AcceptAsync(Petition petition, PetitionRights rights, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        var rules = await RulesAsync(cancellationToken);
        var rule = rules.GetValueOrDefault((petition.Kind, petition.Round))
            ?? throw new BusinessRuleException(petition.Kind is PetitionKind.Unclassified or PetitionKind.OutOfCompetence
                ? (petition.Kind == PetitionKind.Unclassified ? "Hãy phân loại đơn trước khi thụ lý." : "Đơn không thuộc thẩm quyền: hãy chuyển đơn hoặc ghi lý do không thụ lý.")
                : "Chưa có thời hạn giải quyết cho loại đơn này; đề nghị quản trị viên khai báo.");
        petition.Accept(rule, await CalendarAsync(cancellationToken), Today, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} đã được thụ lý", $"{petition.Organization!.Name} đã thụ lý đơn “{petition.Title}”; hạn giải quyết {VietnameseText.FormatDate(petition.DueOn!.Value)}.", cancellationToken);
    }

    public async Task DeclineAsync(Petition petition, PetitionRights rights, string? reason, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        petition.Decline(reason, Today, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} không được thụ lý", $"{petition.Organization!.Name}: {petition.Events[^1].Text}", cancellationToken);
    }

    /// <summary>To a unit of the same area (or a superior of the handling unit); the receiving unit's staff are told.</summary>
    public async Task TransferAsync(Petition petition, PetitionRights rights, Guid toId, string? note, string by, CancellationToken cancellationToken)
    {
        Require(rights.Leads);
        var to = await db.Organizations.Include(o => o.Area).SingleOrDefaultAsync(o => o.Id == toId, cancellationToken)
            ?? throw new BusinessRuleException("Hãy chọn đơn vị nhận đơn.");
        var serves = await ServesAsync(to, petition.Area!, cancellationToken) || petition.Organization!.Path.StartsWith(to.Path, StringComparison.Ordinal);
        if (!serves)
        {
            throw new BusinessRuleException("Chỉ chuyển đơn đến một đơn vị của địa bàn vụ việc hoặc cấp trên của đơn vị đang xử lý.");
        }

        petition.Transfer(to, note, await CalendarAsync(cancellationToken), Today, by, Now);
        await notifier.NotifyUnitAsync(to.Id, PetitionPermissions.Handle, new NotificationMessage(
            $"Đơn được chuyển đến: {VietnameseText.Shorten(petition.Title, 120)}",
            $"{to.Name} nhận đơn {petition.Code} được chuyển đến. Hạn thông báo thụ lý: {VietnameseText.FormatDate(petition.AcceptBy)}.", Link(petition), NoticeKinds.Petition), cancellationToken);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} được chuyển đến {to.Name}", petition.Events[^1].Text, cancellationToken);
    }

    /// <summary>The handler is a member of the unit itself who may handle cases; they are told.</summary>
    public async Task AssignAsync(Petition petition, PetitionRights rights, string userId, string by, CancellationToken cancellationToken)
    {
        Require(rights.Leads);
        var member = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == petition.OrganizationId && m.UserId == userId && m.User!.IsActive)
            .Select(m => new { m.Role, m.User!.FullName }).ToListAsync(cancellationToken);
        if (member.Count == 0 || !member.Any(m => HandleRoles.Contains(m.Role)))
        {
            throw new BusinessRuleException("Người xử lý phải là cán bộ của chính đơn vị đang xử lý đơn.");
        }

        petition.Assign(userId, member[0].FullName, by, Now);
        await notifier.NotifyUsersAsync([(userId, new NotificationMessage($"Được giao xử lý đơn {petition.Code}", $"{VietnameseText.Shorten(petition.Title, 160)}. Hạn: {VietnameseText.FormatDate(petition.Deadline ?? Today)}.", Link(petition), NoticeKinds.Petition))], cancellationToken);
    }

    public static readonly MembershipRole[] HandleRoles = [MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer];

    public async Task ExtendAsync(Petition petition, PetitionRights rights, string? reason, string? documentNumber, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        var rule = (await RulesAsync(cancellationToken)).GetValueOrDefault((petition.Kind, petition.Round)) ?? throw new BusinessRuleException("Chưa có thời hạn cho loại đơn này.");
        petition.Extend(rule, await CalendarAsync(cancellationToken), reason, documentNumber, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} được gia hạn giải quyết", petition.Events[^1].Text, cancellationToken);
    }

    /// <summary>The answer; with no number typed, the unit's next "TB" number (a notice of the result, thông báo) is taken from its counter.</summary>
    public async Task RespondAsync(Petition petition, PetitionRights rights, string? answer, string? summary, string? number, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        var symbol = string.IsNullOrWhiteSpace(number) ? (await numbers.TakeAsync(petition.OrganizationId, "TB", Today, cancellationToken)).Symbol : number.Trim();
        petition.Respond(answer, summary, symbol, Today, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} đã có trả lời",
            $"{petition.Organization!.Name} đã trả lời đơn “{petition.Title}” bằng văn bản số {symbol}. Anh/chị có thể cho biết mình có hài lòng với kết quả không trên trang tra cứu.", cancellationToken);
    }

    /// <summary>From the status page: the citizen's word; not satisfied, the case goes to the handling unit's superior, whose staff are told.</summary>
    public async Task RateAsync(Petition petition, bool satisfied, string? comment, CancellationToken cancellationToken)
    {
        var superior = petition.Organization!.ParentId is { } parentId ? await db.Organizations.SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken) : null;
        var round = petition.Round;
        petition.Rate(satisfied, comment, superior, await RulesAsync(cancellationToken), await CalendarAsync(cancellationToken), Today, Now);
        if (petition.Round > round)
        {
            await notifier.NotifyUnitAsync(petition.OrganizationId, PetitionPermissions.Handle, new NotificationMessage(
                $"Đơn giải quyết lần hai: {VietnameseText.Shorten(petition.Title, 120)}",
                $"Người gửi đơn {petition.Code} chưa hài lòng với kết quả của cấp dưới; hạn thông báo thụ lý: {VietnameseText.FormatDate(petition.AcceptBy)}.", Link(petition), NoticeKinds.Petition), cancellationToken);
        }
    }

    public async Task CloseAsync(Petition petition, PetitionRights rights, string? note, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        petition.Close(note, Today, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} đã kết thúc", petition.Events[^1].Text, cancellationToken);
    }

    public async Task WithdrawAsync(Petition petition, PetitionRights rights, string? reason, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        petition.Withdraw(reason, Today, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code}: đã ghi nhận rút đơn", petition.Events[^1].Text, cancellationToken);
    }

    public async Task MergeAsync(Petition petition, PetitionRights rights, string? mainCode, string by, CancellationToken cancellationToken)
    {
        Require(rights.Leads);
        var code = Petition.NormalizeCode(mainCode);
        var main = await db.Petitions.Include(p => p.Events).SingleOrDefaultAsync(p => p.Code == code && p.OrganizationId == petition.OrganizationId, cancellationToken)
            ?? throw new BusinessRuleException("Không thấy vụ việc có mã này ở đơn vị.");
        petition.MergeInto(main, Today, by, Now);
        await TellCitizenAsync(petition, $"Đơn {petition.Code} được gộp vào vụ việc chung", petition.Events[^1].Text, cancellationToken);
    }

    public async Task NoteAsync(Petition petition, PetitionRights rights, string? text, bool isPublic, string by, CancellationToken cancellationToken)
    {
        Require(rights.Handles);
        petition.Note(text, isPublic, by, Now);
        if (isPublic)
        {
            await TellCitizenAsync(petition, $"Cập nhật đơn {petition.Code}", petition.Events[^1].Text, cancellationToken);
        }
    }

    public void Supervise(Petition petition, PetitionRights rights, string? text, string by)
    {
        Require(rights.Supervises);
        petition.Supervise(text, by, Now);
    }

    /// <summary>The person removed when the law keeps nothing of them; the letters waiting for their address are forgotten too.</summary>
    public async Task ErasePersonAsync(Petition petition, PetitionRights rights, string by, CancellationToken cancellationToken)
    {
        Require(rights.SeesPerson);
        var person = await db.Petitioners.SingleOrDefaultAsync(p => p.PetitionId == petition.Id, cancellationToken);
        // The person read (and audited) is fixed up as the case's.
        var erased = petition.ErasePerson(by, Now);
        db.Petitioners.Remove(erased);
        if (erased.Email is { } email)
        {
            await notifier.ForgetLettersAsync(email, cancellationToken);
        }
    }

    private async Task TellCitizenAsync(Petition petition, string subject, string body, CancellationToken cancellationToken)
    {
        // Read as a value for the letter, not shown to anyone.
        var email = petition.HasPerson ? await db.Petitioners.Where(p => p.PetitionId == petition.Id).Select(p => p.Email).SingleOrDefaultAsync(cancellationToken) : null;
        if (email is not null)
        {
            notifier.WriteLetter(email, subject, body, StatusLink(petition));
        }
    }

    private static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new AccessDeniedException("Anh/chị không có quyền thực hiện bước này đối với vụ việc.");
        }
    }

    public static string Link(Petition petition) => $"/Petitions/Details/{petition.Id}";

    public static string StatusLink(Petition petition) => $"/Public/Petitions/Status?code={petition.Code}";
}
