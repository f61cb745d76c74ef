using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Web;
using DanVan.Web.Modules.Dialogues.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Dialogues;

public static class DialoguesModule
{
    /// <summary>Dialogues of the heads of committees and governments with the people: the record, the minutes, the commitments as tasks, the yearly view.</summary>
    public static IServiceCollection AddDialogues(this IServiceCollection services)
    {
        services.AddEntityModel(typeof(DialoguesModule));
        services.AddScoped<Work.DialogueWork>();
        services.AddScoped<IDialogueFigures, Work.DialogueFigures>();
        services.AddScoped<Dialogues.Demo.DemoDialogue>();
        services.AddScoped<IDialoguesDemo>(sp => sp.GetRequiredService<Dialogues.Demo.DemoDialogue>());

        services.AddOrganizationPermission(DialoguePermissions.View, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer, MembershipRole.Inspector, MembershipRole.Viewer);
        services.AddOrganizationPermission(DialoguePermissions.Manage, MembershipRole.OrganizationAdmin, MembershipRole.Leader, MembershipRole.Officer);
        services.AddNavEntry(new NavEntry("Đối thoại", "/Dialogues/Index", 42, Permission: DialoguePermissions.View));

        services.AddRecordName<Dialogue>("Buổi đối thoại với Nhân dân", "/Dialogues/Details/{id}", async (db, keys, ct) => { var ids = RecordNamesSetup.Ids(keys); return await db.Dialogues.Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Topic }).ToDictionaryAsync(d => d.Id.ToString(), d => d.Topic, ct); });
        services.AddRecordName<DialogueArea>("Địa bàn được mời đối thoại");
        services.AddRecordName<DialogueQuestion>("Ý kiến tại buổi đối thoại");
        services.AddRecordName<DialogueCommitment>("Cam kết tại buổi đối thoại");
        return services;
    }
}
