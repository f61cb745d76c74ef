using System.Net;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Plans;

/// <summary>Uploads a plan file through the import page, as the browser's file input does.</summary>
internal static class PlanUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content, Guid organizationId, Guid? parentPlanId = null)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, "/Plans/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(organizationId.ToString()), "OrganizationId" },
            { new StringContent(parentPlanId?.ToString() ?? ""), "ParentPlanId" },
            { new ByteArrayContent(content), "Upload", fileName },
        };
        return await client.PostAsync("/Plans/Import", form);
    }

    /// <summary>Uploads and follows to the review page; returns its URL and form.</summary>
    public static async Task<(string Url, HtmlForm Form, string Html)> ReviewAsync(HttpClient client, string fileName, byte[] content, Guid organizationId)
    {
        var uploaded = await UploadAsync(client, fileName, content, organizationId);
        if (uploaded.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Upload refused: {await Forms.HtmlAsync(uploaded)}");
        }

        var url = uploaded.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(url);
        return (url, HtmlForm.Read(html, "review"), html);
    }
}
