using DanVan.Web.Infrastructure.Errors;

namespace DanVan.Web.Modules.Petitions;

/// <summary>
/// Who sent a petition and how to reach them: personal data (Luật 91/2025), read only by the handling unit's
/// staff, and for a denunciation only by its assigned handler; every read is in the audit log. Kept apart from the
/// case so that erasing the person leaves the case whole.
/// </summary>
public sealed class Petitioner
{
    private Petitioner()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PetitionId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Address { get; private set; }

    /// <summary>When the person agreed to the processing of their personal data (the public form asks; staff record it).</summary>
    public DateTime ConsentedAt { get; private set; }

    public static Petitioner? Create(PersonInput? input, bool required, DateTime utcNow)
    {
        var name = Clean(input?.Name, 200, "Họ và tên");
        var phone = Clean(input?.Phone, 20, "Số điện thoại");
        var email = Clean(input?.Email, 256, "Thư điện tử");
        var address = Clean(input?.Address, 300, "Địa chỉ");
        if (name is null && phone is null && email is null && address is null)
        {
            return required ? throw new BusinessRuleException("Khiếu nại, tố cáo phải ghi rõ họ tên và cách liên hệ (địa chỉ, điện thoại hoặc thư điện tử) theo quy định của pháp luật.") : null;
        }

        if (name is null)
        {
            throw new BusinessRuleException("Hãy ghi họ và tên người gửi, hoặc để trống mọi thông tin liên hệ để gửi kiến nghị không ghi tên.");
        }

        if (required && phone is null && email is null && address is null)
        {
            throw new BusinessRuleException("Khiếu nại, tố cáo phải có địa chỉ, số điện thoại hoặc thư điện tử để cơ quan báo tin kết quả.");
        }

        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-'))
        {
            throw new BusinessRuleException("Số điện thoại chỉ gồm chữ số (có thể có dấu +, dấu cách, dấu chấm).");
        }

        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            throw new BusinessRuleException("Thư điện tử không đúng dạng (ví dụ ten@example.vn).");
        }

        if (input?.Consent != true)
        {
            throw new BusinessRuleException("Hãy đánh dấu đồng ý cho cơ quan xử lý thông tin cá nhân để giải quyết vụ việc, hoặc gửi không ghi tên.");
        }

        return new Petitioner { Name = name, Phone = phone, Email = email, Address = address, ConsentedAt = utcNow };
    }

    internal void AttachTo(Guid petitionId) => PetitionId = petitionId;

    private static string? Clean(string? value, int max, string label)
    {
        var text = (value ?? "").Trim();
        if (text.Length > max)
        {
            throw new BusinessRuleException($"{label} không quá {max} ký tự.");
        }

        return text.Length == 0 ? null : text;
    }
}

/// <summary>What a form says of the person.</summary>
public sealed record PersonInput(string? Name, string? Phone, string? Email, string? Address, bool Consent);
