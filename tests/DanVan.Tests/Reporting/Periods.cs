using System.Net;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Tests.Reporting;

/// <summary>Opens an on-request period of the demo commune plan through the real page, as its receiving unit would.</summary>
public static class Periods
{
    /// <returns>The plan's id.</returns>
    public static async Task<Guid> OpenOnRequestAsync(DanVanApp app, HttpClient reviewer, string title, string from, string to, string due)
    {
        var planId = await app.WithDbAsync((db, _) => db.Plans.Where(p => p.IsDemo && p.Organization!.Code == "TL.DU").Select(p => p.Id).SingleAsync());
        var url = $"/Reporting/Periods?planId={planId}";
        var open = HtmlForm.Read(await reviewer.GetStringAsync(url), "open-period")
            .Set("Open.Kind", "OnRequest").Set("Open.Year", due[^4..]).Set("Open.Title", title)
            .Set("Open.DataFrom", from).Set("Open.DataTo", to).Set("Open.DueOn", due);
        var response = await open.PostAsync(reviewer, $"{url}&handler=Open");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return planId;
    }
}
