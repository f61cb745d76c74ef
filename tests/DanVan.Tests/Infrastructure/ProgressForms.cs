namespace DanVan.Tests.Infrastructure;

/// <summary>A unit's officer records a task's cycle done on the progress page, as the page's form sends it.</summary>
public static class ProgressForms
{
    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, string url, string cycleId, string note, string on)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(cycleId), "Input.CycleId" },
            { new StringContent(note), "Input.Note" },
            { new StringContent(on), "Input.OnDate" },
            { new StringContent("true"), "Input.Completes" },
        };
        return await client.PostAsync(url, form);
    }
}
