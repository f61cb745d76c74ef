using System.Text;
using DanVan.Documents;
using DanVan.Documents.Plans;

namespace DanVan.Tests.Documents;

/// <summary>
/// Thousands of mutated inputs (bytes flipped, cut, duplicated, lines shuffled, Unicode noise; docx parts
/// corrupted): the reader and parser either succeed or throw their own <see cref="DocumentException"/>.
/// The seed is fixed so a failure can be replayed.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Mutated_text_files_never_fail_with_anything_but_a_document_error()
    {
        var random = new Random(20261122);
        var seeds = new[] { Samples.Bytes(Samples.ProvincialPlan), Samples.Bytes(Samples.CommunePlan) };
        for (var i = 0; i < 3000; i++)
        {
            var input = MutateText(seeds[i % 2], random);
            AssertOnlyDocumentErrors("fuzz.txt", input, i);
        }
    }

    [Fact]
    public void Mutated_docx_files_never_fail_with_anything_but_a_document_error()
    {
        var random = new Random(7);
        var docx = TestDocx.Build(Samples.Text(Samples.CommunePlan).Split('\n').Take(60).Select(l => (-1, l)).Concat([(0, "TỔ CHỨC THỰC HIỆN"), (1, "Sở Nội vụ chủ trì")]), footnote: "Nghị quyết số 25-NQ/TW ngày 03/6/2013.");
        for (var i = 0; i < 400; i++)
        {
            var bytes = (byte[])docx.Clone();
            var flips = random.Next(1, 8);
            for (var f = 0; f < flips; f++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (random.Next(4) == 0)
            {
                Array.Resize(ref bytes, random.Next(1, bytes.Length));
            }

            AssertOnlyDocumentErrors("fuzz.docx", bytes, i);
        }
    }

    private static void AssertOnlyDocumentErrors(string name, byte[] input, int iteration)
    {
        try
        {
            var plan = PlanParser.Parse(DocumentReader.ReadText(name, input));
            Assert.NotNull(PlanJson.Serialize(plan));
        }
        catch (DocumentException)
        {
        }
        catch (Exception e)
        {
            Assert.Fail($"Iteration {iteration} of {name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    private static byte[] MutateText(byte[] seed, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                {
                    var bytes = (byte[])seed.Clone();
                    for (var f = random.Next(1, 20); f > 0; f--)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    return bytes;
                }

            case 1:
                return seed[..random.Next(0, seed.Length)];
            case 2:
                {
                    var lines = Encoding.UTF8.GetString(seed).Split('\n').OrderBy(_ => random.Next()).ToArray();
                    return Encoding.UTF8.GetBytes(string.Join('\n', lines));
                }

            case 3:
                {
                    var text = new StringBuilder(Encoding.UTF8.GetString(seed));
                    string[] noise = ["I.", "1.1.", "a)", "- ", "+ ", "¹", "^{2}", "**", "|---|", "Số: ", "ngày 31/02/2026", "Nơi nhận:", "T/M ", "   ", "\u0000", "\u200B", "Kết luận số 1-KL/TW của", "của", "phối hợp với "];
                    for (var k = random.Next(1, 40); k > 0; k--)
                    {
                        text.Insert(random.Next(text.Length), noise[random.Next(noise.Length)]);
                    }

                    return Encoding.UTF8.GetBytes(text.ToString());
                }

            case 4:
                {
                    var text = Encoding.UTF8.GetString(seed);
                    var cut = random.Next(text.Length);
                    return Encoding.UTF8.GetBytes(text[..cut] + text[random.Next(cut)..]);
                }

            default:
                {
                    var chars = new char[random.Next(1, 2000)];
                    for (var k = 0; k < chars.Length; k++)
                    {
                        chars[k] = (char)random.Next(9, 0x2000);
                    }

                    return Encoding.UTF8.GetBytes(new string(chars).Replace('\uFFFE', ' ').Replace('\uFFFF', ' '));
                }
        }
    }
}
