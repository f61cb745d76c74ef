using System.Text;

namespace DanVan.Documents.Reading;

/// <summary>
/// Turns the bytes of a .txt file into text: UTF-8 (with or without BOM) and UTF-16 (BOM, or detected from
/// its zero bytes), and Windows' Vietnamese code page 1258. Text in the older Vietnamese encodings (TCVN3/ABC, VNI)
/// is recognised and refused with a message that says how to convert it, rather than shown as garbage.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new DocumentException(DocumentProblem.Empty, "Tệp rỗng: không có nội dung để đọc.");
        }

        string text;
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            text = Strict(bytes[3..], StrictUtf8);
        }
        else if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            text = Strict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
        }
        else if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            text = Strict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));
        }
        else if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            text = Strict(bytes, new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true));
        }
        else if (bytes.Contains((byte)0))
        {
            throw new DocumentException(DocumentProblem.Binary, "Tệp không phải văn bản (có dữ liệu nhị phân). Hãy tải lên tệp .txt hoặc .docx.");
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = WindowsVietnamese(bytes) ?? throw Legacy(bytes);
            }
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
        {
            throw new DocumentException(DocumentProblem.Binary, "Tệp không phải văn bản (có ký tự điều khiển). Hãy tải lên tệp .txt hoặc .docx.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentException(DocumentProblem.Empty, "Tệp không có nội dung (chỉ có khoảng trắng).");
        }

        return text;
    }

    private static string Strict(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentException(DocumentProblem.UnknownEncoding, "Không đọc được bảng mã của tệp. Hãy lưu lại tệp với bảng mã Unicode (UTF-8).");
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0, pairs = Math.Min(bytes.Length / 2, 4096);
        for (var i = 0; i < pairs; i++)
        {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[(2 * i) + 1] == 0 ? 1 : 0;
        }

        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > pairs * 0.3 && Math.Min(evenZeros, oddZeros) < pairs * 0.05;
    }

    /// <summary>The tone marks of Windows-1258, each a byte of its own after the letter it sits on.</summary>
    private static readonly byte[] Cp1258Tones = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2];

    /// <summary>The other bytes Vietnamese text takes in Windows-1258: ă â ê ô ơ ư đ and the few precomposed letters.</summary>
    private static readonly byte[] Cp1258Letters =
    [
        0xC0, 0xC1, 0xC2, 0xC3, 0xC8, 0xC9, 0xCA, 0xCD, 0xD0, 0xD3, 0xD4, 0xD5, 0xD9, 0xDA, 0xDD,
        0xE0, 0xE1, 0xE2, 0xE3, 0xE8, 0xE9, 0xEA, 0xED, 0xF0, 0xF3, 0xF4, 0xF5, 0xF9, 0xFA, 0xFD,
    ];

    /// <summary>
    /// Windows' own Vietnamese code page (1258, what Notepad saved as "ANSI" on a Vietnamese Windows): letters with
    /// their shape in one byte, tones as combining bytes after them. Read, and returned in Unicode's composed form;
    /// null when the bytes do not look like it.
    /// </summary>
    private static string? WindowsVietnamese(ReadOnlySpan<byte> bytes)
    {
        int high = 0, tones = 0, known = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            high++;
            if (Array.IndexOf(Cp1258Tones, b) >= 0)
            {
                // A tone follows a letter: an ASCII vowel or one of the shaped vowels.
                var previous = i > 0 ? bytes[i - 1] : (byte)0;
                if ("aeiouyAEIOUY".Contains((char)previous, StringComparison.Ordinal) || Array.IndexOf(Cp1258Letters, previous) >= 0)
                {
                    tones++;
                    known++;
                }
            }
            else if (Array.IndexOf(Cp1258Letters, b) >= 0)
            {
                known++;
            }
        }

        if (high == 0 || known < high * 0.95 || tones < high * 0.2)
        {
            return null;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Not UTF-8. VNI writes a base letter followed by a tone/shape byte (e.g. "a" + 0xF8); TCVN3 puts whole
    /// Vietnamese letters in single high bytes (0xA1–0xFE). Either way the officer must convert the file.
    /// </summary>
    private static DocumentException Legacy(ReadOnlySpan<byte> bytes)
    {
        int high = 0, afterVowel = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            high++;
            if (i > 0 && "aeiouyAEIOUY".Contains((char)bytes[i - 1], StringComparison.Ordinal))
            {
                afterVowel++;
            }
        }

        var letters = bytes.Length - high;
        if (high == 0 || letters < high)
        {
            return new DocumentException(DocumentProblem.UnknownEncoding, "Không nhận ra bảng mã của tệp. Hãy lưu lại tệp với bảng mã Unicode (UTF-8).");
        }

        var name = afterVowel > high * 0.6 ? "VNI" : "TCVN3 (ABC)";
        return new DocumentException(DocumentProblem.LegacyEncoding,
            $"Tệp dùng bảng mã cũ {name}, không phải Unicode. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi tải lên lại, hoặc tải lên tệp .docx.");
    }
}
