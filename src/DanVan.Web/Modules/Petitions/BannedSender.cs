using System.Security.Cryptography;
using System.Text;
using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Petitions;

/// <summary>
/// An address, e-mail or phone whose posts the public form refuses (a flood, threats, a persistent repeat sender as
/// Luật Tiếp công dân allows), until a day or for good. Kept as a keyed hash, so the list holds no one's contact.
/// </summary>
public sealed class BannedSender
{
    private BannedSender()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Hash { get; private set; } = "";

    /// <summary>What it is, shown to administrators without the value: "Địa chỉ IP 203.0.113.*".</summary>
    public string Label { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateOnly? Until { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public static BannedSender Create(string value, string? reason, DateOnly? until, DateOnly today, string by, DateTime utcNow)
    {
        var key = Key(value);
        if (key.Length < 3)
        {
            throw new BusinessRuleException("Hãy nhập địa chỉ IP, thư điện tử hoặc số điện thoại cần chặn.");
        }

        var why = (reason ?? "").Trim();
        if (why.Length is < 5 or > 500)
        {
            throw new BusinessRuleException("Hãy ghi lý do chặn (từ 5 đến 500 ký tự).");
        }

        if (until is { } day && day < today)
        {
            throw new BusinessRuleException("Ngày hết chặn không được trước hôm nay.");
        }

        return new BannedSender
        {
            Hash = HashOf(key),
            Label = LabelOf(key),
            Reason = why,
            Until = until,
            CreatedAt = utcNow,
            CreatedBy = by.Length <= 200 ? by : by[..200],
        };
    }

    public bool ActiveOn(DateOnly today) => Until is null || Until >= today;

    /// <summary>The stored form of an address, e-mail or phone: lower case, an address as parsed, a phone's digits only (0 for +84).</summary>
    public static string Key(string? value)
    {
        var text = (value ?? "").Trim().ToLowerInvariant();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        if (System.Net.IPAddress.TryParse(text, out var address) && text.Any(c => c is '.' or ':'))
        {
            return address.ToString();
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return text.StartsWith("+84", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }

    public static string HashOf(string key) => Convert.ToHexString(HMACSHA256.HashData("DanVan.BannedSender"u8, Encoding.UTF8.GetBytes(key)));

    private static string LabelOf(string key) => key.Contains('@', StringComparison.Ordinal)
        ? "Thư điện tử " + key[..Math.Min(2, key.IndexOf('@'))] + "…@" + key[(key.IndexOf('@') + 1)..]
        : System.Net.IPAddress.TryParse(key, out _)
            ? "Địa chỉ IP " + key[..Math.Max(0, key.LastIndexOfAny(['.', ':']))] + ".*"
            : "Số điện thoại …" + key[Math.Max(0, key.Length - 3)..];
}
