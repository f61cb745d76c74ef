using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Dialogues.Contracts;

namespace DanVan.Web.Modules.Dialogues.Work;

/// <summary>
/// Who reaches a dialogue, one rule for every page and list: the host's branch reads it (View) and keeps it (Manage:
/// plans, records, commits, issues the minutes); the co-organizing Fatherland Front reads it and records the
/// questions and answers with the host.
/// </summary>
internal static class DialogueAccess
{
    public static IQueryable<Dialogue> VisibleTo(this IQueryable<Dialogue> dialogues, AppDbContext db, OrgScope scope)
    {
        if (scope.IsAdministrator)
        {
            return dialogues;
        }

        var hosted = db.Dialogues.VisibleTo(scope, d => d.Organization!, DialoguePermissions.View).Select(d => d.Id);
        var coOrganized = db.Dialogues.Where(d => d.CoOrganizerId != null).VisibleTo(scope, d => d.CoOrganizer!, DialoguePermissions.View).Select(d => d.Id);
        return dialogues.Where(d => hosted.Contains(d.Id) || coOrganized.Contains(d.Id));
    }

    public static DialogueRights RightsOf(Dialogue dialogue, OrgScope scope)
    {
        var manages = scope.Allows(DialoguePermissions.Manage, dialogue.Organization!);
        var front = dialogue.CoOrganizer is { } co && scope.Allows(DialoguePermissions.Manage, co);
        var views = manages || front || scope.Allows(DialoguePermissions.View, dialogue.Organization!) || dialogue.CoOrganizer is { } c && scope.Allows(DialoguePermissions.View, c);
        return new DialogueRights(views, manages, manages || front);
    }
}

/// <param name="Manages">Plans, holds, commits, raises petitions, issues the minutes: the host's branch.</param>
/// <param name="Records">Writes the questions and answers: the host's branch and the co-organizing Front.</param>
public sealed record DialogueRights(bool Views, bool Manages, bool Records);
