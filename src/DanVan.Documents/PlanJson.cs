using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Documents.Plans;

namespace DanVan.Documents;

/// <summary>The JSON of <c>plan parse --json</c>: camelCase, dates as YYYY-MM-DD, Vietnamese unescaped. Add fields, never rename.</summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(PlanDocument plan) => JsonSerializer.Serialize(plan, Options);
}
