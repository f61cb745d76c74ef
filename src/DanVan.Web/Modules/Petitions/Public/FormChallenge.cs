using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Modules.Petitions.Public;

/// <summary>
/// The public form's question, with no script and no third-party service: a sum written in words, whose answer,
/// the time it was asked and a once-only key travel in a token only the server can read. A form sent too soon
/// after it was shown, too late, twice, or with a wrong answer is refused with a new question.
/// </summary>
public sealed class FormChallenge(IDataProtectionProvider protection, TimeProvider clock, IMemoryCache used, IOptions<PetitionOptions> options)
{
    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    private readonly IDataProtector protector = protection.CreateProtector("DanVan.Petitions.FormChallenge");

    public (string Question, string Token) Issue()
    {
        var a = RandomNumberGenerator.GetInt32(1, 10);
        var b = RandomNumberGenerator.GetInt32(1, 10);
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var token = protector.Protect(string.Join('|', a + b, clock.GetUtcNow().ToUnixTimeSeconds(), nonce));
        return ($"{Capital(Words[a])} cộng {Words[b]} bằng mấy? (trả lời bằng chữ số)", token);
    }

    /// <returns>Null when the answer stands; else what to tell the sender.</returns>
    public string? Check(string? token, string? answer)
    {
        string[] parts;
        try
        {
            parts = protector.Unprotect(token ?? "").Split('|');
        }
        catch (CryptographicException)
        {
            return "Biểu mẫu đã cũ hoặc không hợp lệ; xin trả lời câu hỏi mới.";
        }

        if (parts.Length != 3 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var issued))
        {
            return "Biểu mẫu không hợp lệ; xin trả lời câu hỏi mới.";
        }

        var age = clock.GetUtcNow().ToUnixTimeSeconds() - issued;
        var settings = options.Value;
        if (age < settings.MinFillSeconds)
        {
            return "Biểu mẫu được gửi quá nhanh; xin kiểm tra lại nội dung rồi gửi.";
        }

        if (age > settings.MaxFillMinutes * 60L)
        {
            return "Biểu mẫu đã mở quá lâu; xin trả lời câu hỏi mới rồi gửi lại.";
        }

        if ((answer ?? "").Trim() != parts[0])
        {
            return "Câu trả lời kiểm tra chưa đúng; xin trả lời câu hỏi mới.";
        }

        // Once only (on this server; the rate limits hold the rest).
        if (!used.TryGetValue(parts[2], out _))
        {
            used.Set(parts[2], true, TimeSpan.FromMinutes(settings.MaxFillMinutes + 1));
            return null;
        }

        return "Biểu mẫu này đã được gửi; nếu cần gửi đơn khác, xin điền lại.";
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
