using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security.Records;
using DanVan.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

/// <summary>What an identity must get from one handler called with the attacked branch's records.</summary>
public enum Expectation
{
    /// <summary>Nothing to prove here (the identity may do it, or the page is the user's own).</summary>
    None,

    /// <summary>Anonymous: the sign-in page, or a JSON 401 from the API; nothing written.</summary>
    SignIn,

    /// <summary>403 or 404, nothing written, none of the records' text in the answer.</summary>
    Refused,

    /// <summary>A list or filter: refused, or an answer that shows none of the records' text; nothing written.</summary>
    Blind,

    /// <summary>A public page (anyone, signed in or not): never a server error, none of the records' text, nothing written with another's records.</summary>
    Open,
}

/// <summary>Who attacks, and what each handler must answer them.</summary>
public sealed record Attacker(string Name, string? Email, Func<Probe, Expectation> Expect)
{
    public override string ToString() => Name;
}

/// <summary>
/// Calls every handler as each attacker, with real records of the attacked branch in its route, query string
/// and form (from the modules' record fixtures), and checks the answer and that the database is unchanged.
/// </summary>
public sealed class AuthorizationWalker(WebApplicationFactory<Program> app, IReadOnlyList<IRecordFixture> fixtures)
{
    public static readonly string[] Public = ["/Accounts/SignIn", "/Accounts/SignInTwoFactor", "/Accounts/SignOut", "/Error", "/health", "/openapi"];

    /// <summary>The user's own account and inbox: what they change there is theirs.</summary>
    public static bool IsSelfService(Probe probe) =>
        probe.Route.StartsWith("/Accounts/ChangePassword", StringComparison.Ordinal)
        || probe.Route.StartsWith("/Accounts/TwoFactor", StringComparison.Ordinal)
        || probe.Route.StartsWith("/Accounts/Tokens", StringComparison.Ordinal) && probe.Handler != "Revoke"
        || probe.Route.StartsWith("/Notifications", StringComparison.Ordinal) && probe.Handler != "Open"
        || probe.Route.StartsWith("/api/v1/me", StringComparison.Ordinal);

    public static bool IsPublic(Probe probe) => Public.Any(p => probe.Route.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The pages for citizens without an account (the petition form, the status lookup): walked for every attacker.</summary>
    public static bool IsOpen(Probe probe) => probe.Route.StartsWith("/Public", StringComparison.Ordinal);

    public async Task<List<string>> WalkAsync(IEnumerable<Probe> probes, IReadOnlyList<Attacker> attackers, Func<string, Task<string>> tokenOf)
    {
        var violations = new List<string>();
        var markers = fixtures.SelectMany(f => f.Markers).Where(m => !string.IsNullOrEmpty(m)).ToList();
        var personal = fixtures.SelectMany(f => f.Personal).Where(m => !string.IsNullOrEmpty(m)).ToList();
        foreach (var attacker in attackers)
        {
            var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var api = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            if (attacker.Email is { } email)
            {
                await Forms.SignInAsync(browser, email);
                api.DefaultRequestHeaders.Authorization = new("Bearer", await tokenOf(email));
            }

            var antiforgery = await Forms.AntiforgeryTokenAsync(browser, attacker.Email is null ? "/Accounts/SignIn" : "/Accounts/ChangePassword");
            foreach (var probe in probes)
            {
                var expected = IsOpen(probe) ? Expectation.Open : IsPublic(probe) ? Expectation.None : attacker.Expect(probe);
                if (expected == Expectation.None)
                {
                    continue;
                }

                string? failure;
                try
                {
                    failure = await CheckAsync(probe, expected, probe.IsApi ? api : browser, antiforgery, expected == Expectation.Open ? personal : markers);
                }
                catch (MissingRecordException e)
                {
                    failure = e.Message;
                }

                if (failure is not null)
                {
                    violations.Add($"{attacker}: {probe}: {failure}");
                }
            }
        }

        return violations;
    }

    private async Task<string?> CheckAsync(Probe probe, Expectation expected, HttpClient client, string antiforgery, List<string> markers)
    {
        var before = probe.IsWrite ? await SnapshotAsync() : null;
        using var request = Build(probe, antiforgery);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var problems = new List<string>();
        switch (expected)
        {
            case Expectation.SignIn when probe.IsApi:
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    problems.Add($"{status}, not 401");
                }

                break;
            case Expectation.SignIn:
                if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/Accounts/SignIn", StringComparison.Ordinal) != true)
                {
                    problems.Add($"{status} {response.Headers.Location}, not the sign-in page");
                }

                break;
            case Expectation.Open:
                if (status >= 500)
                {
                    problems.Add($"{status}");
                }

                var shown = WebUtility.HtmlDecode(body);
                problems.AddRange(markers.Where(m => shown.Contains(m, StringComparison.Ordinal)).Select(m => $"shows “{m}”"));
                break;
            case Expectation.Refused:
            case Expectation.Blind:
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
                // A list shows nothing of the records; a batch (an uploaded file) answers each line on its page.
                var blindAnswer = (expected == Expectation.Blind || probe.Values.Any(v => v.Source == ValueSource.File)) && response.StatusCode == HttpStatusCode.OK;
                if (!refused && !blindAnswer)
                {
                    problems.Add($"{status} {response.Headers.Location}, not 403/404");
                }

                var decoded = WebUtility.HtmlDecode(body);
                problems.AddRange(markers.Where(m => decoded.Contains(m, StringComparison.Ordinal)).Select(m => $"shows “{m}”"));
                break;
        }

        if (before is not null)
        {
            var changed = DatabaseSnapshot.Differences(before, await SnapshotAsync()).ToList();
            if (changed.Count > 0)
            {
                problems.Add("changed " + string.Join(", ", changed));
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await DatabaseSnapshot.TakeAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The request a browser (or API client) would send to the handler; <paramref name="replace"/> may give a field another value.</summary>
    public HttpRequestMessage Build(Probe probe, string antiforgery, Func<ProbeValue, string?>? replace = null, string? json = null)
    {
        string Value(ProbeValue value, bool required) => replace?.Invoke(value) ?? ValueOf(probe, value, required);
        var path = probe.Route;
        foreach (var value in probe.Values.Where(v => v.Source == ValueSource.Route))
        {
            path = System.Text.RegularExpressions.Regex.Replace(path, $@"\{{{value.Name}(:[^}}]*)?\??\}}", Uri.EscapeDataString(Value(value, required: true)), System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        }

        var query = probe.Values.Where(v => v.Source == ValueSource.Query).Select(v => $"{v.Name}={Uri.EscapeDataString(Value(v, required: false))}").ToList();
        if (probe.Handler is { } handler)
        {
            query.Insert(0, "handler=" + handler);
        }

        var url = path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        var request = new HttpRequestMessage(new HttpMethod(probe.Method), url);
        if (!probe.IsWrite)
        {
            return request;
        }

        if (probe.IsApi)
        {
            json ??= probe.Values.FirstOrDefault(v => v.Source == ValueSource.Json) is { } body
                ? JsonSerializer.Serialize(RuntimeHelpers.GetUninitializedObject(body.Type), body.Type, JsonSerializerOptions.Web)
                : "{}";
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }

        var fields = probe.Values.Where(v => v.Source == ValueSource.Form)
            .Select(v => new KeyValuePair<string, string>(v.Name, Value(v, required: false)))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", antiforgery)).ToList();
        var files = probe.Values.Where(v => v.Source == ValueSource.File).ToList();
        if (files.Count == 0)
        {
            request.Content = new FormUrlEncodedContent(fields);
            return request;
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var (fileName, content) = fixtures.Select(f => (f as IUploadFixture)?.FileFor(probe)).FirstOrDefault(f => f is not null) ?? ("tep.txt", "Nội dung thử"u8.ToArray());
            multipart.Add(new ByteArrayContent(content), file.Name, fileName);
        }

        request.Content = multipart;
        return request;
    }

    private string ValueOf(Probe probe, ProbeValue value, bool required)
    {
        foreach (var fixture in fixtures)
        {
            if (fixture.ValueFor(probe, value) is { } found)
            {
                return found;
            }
        }

        if (required)
        {
            throw new MissingRecordException($"no record fixture gives “{value.Name}” (add one to the module's fixture in tests/DanVan.Tests/Security/Records)");
        }

        var type = Nullable.GetUnderlyingType(value.Type) ?? EndpointCatalog.ElementOf(value.Type) ?? value.Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(bool) => "true",
            _ when type == typeof(Guid) => Guid.NewGuid().ToString(),
            _ when type.IsEnum => Enum.GetNames(type)[0],
            _ when type == typeof(DateOnly) || type == typeof(DateTime) => "2026-06-01",
            _ when type.IsPrimitive || type == typeof(decimal) => "1",
            _ when value.Name.EndsWith("Email", StringComparison.OrdinalIgnoreCase) => "nguoi.thu@test.vn",
            _ when value.Name.EndsWith("On", StringComparison.Ordinal) || value.Name.Contains("Date", StringComparison.Ordinal) => "01/06/2026",
            _ => "Giá trị thử " + value.Name.ToString(CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>A fixture that knows a real file for a module's upload (so the upload reaches its rules, not only its parser).</summary>
public interface IUploadFixture
{
    (string FileName, byte[] Content)? FileFor(Probe probe);
}

public sealed class MissingRecordException(string message) : Exception(message);
