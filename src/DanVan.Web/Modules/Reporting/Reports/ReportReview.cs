using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Notifications.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Reports;

public enum ReviewAction
{
    Return,
    Accept,
}

/// <summary>
/// The receiving unit returns a report with a comment or accepts it; the unit's writers are told in the app and by
/// e-mail (with the comment), in the same save as the decision. The page and the API review through here.
/// </summary>
public sealed class ReportReview(AppDbContext db, INotifier notifier, TimeProvider clock)
{
    /// <returns>Saved, or Conflict (another save came first) or Refused with the reason; nothing is saved then.</returns>
    public async Task<WriteOutcome> ReviewAsync(ReportContext context, ReviewAction action, int revision, string? comment, bool confirmed, ReportActor actor, CancellationToken cancellationToken)
    {
        var report = context.Report;
        return await ReportWorkspace.GuardedAsync(db, report, revision, async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (action == ReviewAction.Return)
            {
                report.Return(revision, comment ?? "", actor, now);
            }
            else
            {
                if (!confirmed)
                {
                    throw new BusinessRuleException("Hãy đánh dấu ô xác nhận trước khi tiếp nhận: báo cáo sẽ bị khóa.");
                }

                report.Accept(revision, comment, actor, now);
            }

            await notifier.NotifyUnitAsync(report.OrganizationId, ReportPermissions.Write, Notice(context, action, comment), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// A comment on the report by its unit's writers or its receiver's reviewers; the other side is told (a reviewer's
    /// comment reaches the unit's writers, a writer's the receiver's reviewers and its consolidating board).
    /// </summary>
    /// <exception cref="Infrastructure.Errors.AccessDeniedException">The user neither writes nor reviews the report.</exception>
    public async Task<WriteOutcome> CommentAsync(ReportContext context, string? text, ReportActor actor, CancellationToken cancellationToken)
    {
        if (!context.CanWrite && !context.CanReview)
        {
            throw new Infrastructure.Errors.AccessDeniedException("Chỉ đơn vị viết báo cáo và đơn vị nhận báo cáo trao đổi ý kiến về báo cáo.");
        }

        try
        {
            context.Report.AddComment(text, actor, clock.GetUtcNow().UtcDateTime);
            var notice = new NotificationMessage(
                $"Ý kiến về báo cáo: {context.Period.Title}",
                $"{actor.Name} ({(context.CanReview ? context.ReceiverName : context.Unit.Name)}) trao đổi về báo cáo {context.Period.Title} của {context.Unit.Name}: {text?.Trim()}",
                $"/Reporting/Reports/Details/{context.Report.Id}", NoticeKinds.ReportReview);
            if (context.CanReview)
            {
                await notifier.NotifyUnitAsync(context.Unit.Id, ReportPermissions.Write, notice, cancellationToken);
            }
            else if (!context.Report.IsExternal)
            {
                List<(Guid, NotificationMessage)> receivers = [(context.Receiver.Id, notice)];
                if (context.Plan.ConsolidatorId is { } board && board != context.Unit.Id)
                {
                    receivers.Add((board, notice));
                }

                await notifier.NotifyUnitsAsync(receivers, ReportPermissions.Review, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome(WriteResult.Saved, [], null);
        }
        catch (BusinessRuleException e)
        {
            db.ChangeTracker.Clear();
            return new WriteOutcome(WriteResult.Refused, [], e.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (UniqueViolation.Columns(e) is not null)
        {
            // Another step of the report was recorded at the same moment (same place in its history): nothing saved.
            db.ChangeTracker.Clear();
            return new WriteOutcome(WriteResult.Conflict, [], "Vừa có một bước khác của báo cáo được ghi cùng lúc; ý kiến chưa được lưu, hãy gửi lại.");
        }
    }

    private static NotificationMessage Notice(ReportContext context, ReviewAction action, string? comment)
    {
        var what = $"{context.Period.Title} của {context.Unit.Name}";
        return action == ReviewAction.Return
            ? new NotificationMessage(
                $"Báo cáo bị trả lại: {context.Period.Title}",
                $"{context.Receiver.Name} trả lại báo cáo {what} để sửa. Ý kiến: {comment?.Trim()} Hạn gửi: {VietnameseText.FormatDate(context.Period.DueOn)}.",
                $"/Reporting/Reports/Edit/{context.Report.Id}", NoticeKinds.ReportReview)
            : new NotificationMessage(
                $"Báo cáo đã được tiếp nhận: {context.Period.Title}",
                $"{context.Receiver.Name} đã tiếp nhận báo cáo {what}." + (string.IsNullOrWhiteSpace(comment) ? "" : $" Ý kiến: {comment.Trim()}"),
                $"/Reporting/Reports/Details/{context.Report.Id}", NoticeKinds.ReportReview);
    }
}
