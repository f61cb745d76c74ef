using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Time;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Reporting.Periods;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.AspNetCore.Http.HttpResults;
using DanVan.Web.Modules.Accounts.Contracts;

namespace DanVan.Web.Modules.Reporting.Api;

/// <summary>
/// Reports and period completeness over /api/v1, with the pages' permissions: a report is found only by those
/// who may read it (404 otherwise), written only by its unit's writers (403), and guarded by its revision (409).
/// </summary>
internal sealed class ReportingApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup("").WithTags("Reporting");
        api.MapGet("/reports/{id:guid}", GetReportAsync).WithName("GetReport")
            .WithSummary("A report: its period, unit, status, revision, narratives per task and indicator values.");
        api.MapPut("/reports/{id:guid}", UpdateReportAsync).WithName("UpdateReport")
            .WithSummary("Saves narratives and values of a draft or returned report. Items not named keep their saved content; an empty value clears it. Values are written as in the form: \"1.234\", \"12,5\", \"Có\"/\"Không\".");
        api.MapPost("/reports/{id:guid}/submit", SubmitReportAsync).WithName("SubmitReport")
            .WithSummary("Submits the report as saved at the given revision to the receiving unit.");
        api.MapPost("/reports/{id:guid}/return", (Guid id, ReportReviewRequest request, ReportWorkspace workspace, ReportReview review, CurrentUser currentUser, CancellationToken cancellationToken) =>
                ReviewAsync(id, ReviewAction.Return, request, workspace, review, currentUser, cancellationToken)).WithName("ReturnReport")
            .WithSummary("The receiving unit returns a submitted report for correction, with a comment (required); the unit's writers are told.");
        api.MapPost("/reports/{id:guid}/accept", (Guid id, ReportReviewRequest request, ReportWorkspace workspace, ReportReview review, CurrentUser currentUser, CancellationToken cancellationToken) =>
                ReviewAsync(id, ReviewAction.Accept, request, workspace, review, currentUser, cancellationToken)).WithName("AcceptReport")
            .WithSummary("The receiving unit accepts a submitted report, with an optional comment; the report is then locked and its writers are told.");
        api.MapGet("/periods/{id:guid}/completeness", GetCompletenessAsync).WithName("GetPeriodCompleteness")
            .WithSummary("Expected, submitted, on-time, late, missing and accepted reports of a period, at the receiving unit or one of its units (unitId), with one row per child unit.");
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound>> GetReportAsync(Guid id, ReportWorkspace workspace, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var context = await workspace.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        return context is null ? TypedResults.NotFound() : TypedResults.Ok(ReportResponse.Of(context));
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> UpdateReportAsync(
        Guid id, ReportUpdateRequest request, ReportWorkspace workspace, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var (context, refusal) = await WritableAsync(id, workspace, currentUser, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var (form, errors) = ReportRequests.Apply(context, request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Báo cáo chưa được lưu: dữ liệu chưa hợp lệ.");
        }

        var outcome = await workspace.WriteAsync(context, form, submit: false, await ActorAsync(currentUser, cancellationToken), cancellationToken);
        return await RespondAsync(id, outcome, workspace, currentUser, cancellationToken);
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> SubmitReportAsync(
        Guid id, ReportSubmitRequest request, ReportWorkspace workspace, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var (context, refusal) = await WritableAsync(id, workspace, currentUser, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var form = ReportWorkspace.FormOf(context);
        form.Revision = request.Revision;
        var outcome = await workspace.WriteAsync(context, form, submit: true, await ActorAsync(currentUser, cancellationToken), cancellationToken);
        return await RespondAsync(id, outcome, workspace, currentUser, cancellationToken);
    }

    /// <summary>Return or accept, as the report page does: 404 if the caller cannot read it, 403 if they do not review at its receiver.</summary>
    private static async Task<Results<Ok<ReportResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewAction action, ReportReviewRequest request, ReportWorkspace workspace, ReportReview review, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var context = await workspace.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        if (context is null)
        {
            return TypedResults.NotFound();
        }

        if (!context.CanReview)
        {
            return TypedResults.Forbid();
        }

        // The call itself is the reviewer's explicit decision: no confirmation box to tick.
        var outcome = await review.ReviewAsync(context, action, request.Revision, request.Comment, confirmed: true, await ActorAsync(currentUser, cancellationToken), cancellationToken);
        return await RespondAsync(id, outcome, workspace, currentUser, cancellationToken);
    }

    private static async Task<Results<Ok<CompletenessResponse>, NotFound>> GetCompletenessAsync(
        Guid id, Guid? unitId, CompletenessQuery completeness, CurrentUser currentUser, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = await currentUser.GetScopeAsync(cancellationToken);
        if (await completeness.LocateAsync(id, unitId, scope, cancellationToken) is not var (period, _, node))
        {
            return TypedResults.NotFound();
        }

        var view = await completeness.ForAsync(period, node, clock.Today(), cancellationToken);
        return TypedResults.Ok(CompletenessResponse.Of(period, view));
    }

    private static async Task<Results<Ok<ReportResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> RespondAsync(
        Guid id, WriteOutcome outcome, ReportWorkspace workspace, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        switch (outcome.Result)
        {
            case WriteResult.Invalid:
                return TypedResults.ValidationProblem(ReportRequests.ErrorsByPart(outcome.Errors), title: "Báo cáo chưa được lưu: dữ liệu chưa hợp lệ.");
            case WriteResult.Conflict:
                return TypedResults.Problem(outcome.Message ?? "Báo cáo vừa được người khác lưu; hãy đọc lại rồi gửi với revision mới.", statusCode: StatusCodes.Status409Conflict, title: "Xung đột phiên bản");
            case WriteResult.Refused:
                return TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Không thực hiện được");
        }

        var saved = await workspace.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        return TypedResults.Ok(ReportResponse.Of(saved!));
    }

    /// <summary>The report if the caller may write it; otherwise 404 (not theirs to see) or 403 (only to read).</summary>
    private static async Task<(ReportContext? Context, Results<Ok<ReportResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>? Refusal)> WritableAsync(
        Guid id, ReportWorkspace workspace, CurrentUser currentUser, CancellationToken cancellationToken)
    {
        var context = await workspace.LoadAsync(id, await currentUser.GetScopeAsync(cancellationToken), cancellationToken);
        return context switch
        {
            null => (null, TypedResults.NotFound()),
            { CanWrite: false } => (null, TypedResults.Forbid()),
            _ => (context, null),
        };
    }

    private static async Task<ReportActor> ActorAsync(CurrentUser currentUser, CancellationToken cancellationToken) =>
        new(currentUser.Id!, (await currentUser.GetStateAsync(cancellationToken)).FullName);
}
