using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port, just enough of RFC 5321 for a client to deliver to it (with STARTTLS and
/// AUTH PLAIN when asked), that keeps what arrived: the app sends over TCP exactly as it would to a production server.
/// </summary>
public sealed partial class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private readonly X509Certificate2? certificate;
    private readonly (string User, string Password)? account;

    public SmtpListener()
        : this(startTls: false, account: null)
    {
    }

    /// <param name="startTls">Offer STARTTLS, with a self-signed certificate made for the run (<see cref="CertificateThumbprint"/>).</param>
    /// <param name="account">Offer AUTH PLAIN and require this account before MAIL.</param>
    public SmtpListener(bool startTls, (string User, string Password)? account)
    {
        this.account = account;
        if (startTls)
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
            certificate = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
        }

        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The SHA-256 thumbprint of the STARTTLS certificate, for the client to pin.</summary>
    public string? CertificateThumbprint => certificate is null ? null : Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));

    /// <summary>Every AUTH the listener saw: the credentials, and whether the connection was encrypted by then.</summary>
    public ConcurrentQueue<(string User, string Password, bool Encrypted)> Logins { get; } = new();

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    public IReadOnlyList<ReceivedMail> To(string address) =>
        Received.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The mail to <paramref name="address"/> once at least one has arrived (or none after 10 s): a pass of another thread may be delivering it.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address)
    {
        for (var waited = 0; waited < 100 && To(address).Count == 0; waited++)
        {
            await Task.Delay(100);
        }

        return To(address);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stopping.Dispose();
        certificate?.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            Stream stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);
            var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 test.local ESMTP");
            string? from = null;
            var recipients = new List<string>();
            var encrypted = false;
            var authenticated = account is null;
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        var extensions = new List<string>();
                        if (certificate is not null && !encrypted)
                        {
                            extensions.Add("STARTTLS");
                        }

                        if (account is not null)
                        {
                            extensions.Add("AUTH PLAIN");
                        }

                        await writer.WriteLineAsync(extensions.Count == 0 ? "250 test.local" : "250-test.local");
                        for (var k = 0; k < extensions.Count; k++)
                        {
                            await writer.WriteLineAsync((k == extensions.Count - 1 ? "250 " : "250-") + extensions[k]);
                        }

                        break;
                    case "STARTTLS" when certificate is not null && !encrypted:
                        await writer.WriteLineAsync("220 Ready to start TLS");
                        var tls = new SslStream(stream);
                        await tls.AuthenticateAsServerAsync(certificate);
                        stream = tls;
                        reader = new StreamReader(stream, Encoding.ASCII);
                        writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                        encrypted = true;
                        break;
                    case "AUTH" when account is not null:
                        var parts = line.Split(' ', 3);
                        var response = parts.Length == 3 ? parts[2] : null;
                        if (response is null)
                        {
                            await writer.WriteLineAsync("334 ");
                            response = await reader.ReadLineAsync() ?? "";
                        }

                        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                        Logins.Enqueue((fields[^2], fields[^1], encrypted));
                        authenticated = fields[^2] == account.Value.User && fields[^1] == account.Value.Password;
                        await writer.WriteLineAsync(authenticated ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid");
                        break;
                    case "MAIL" when !authenticated:
                        await writer.WriteLineAsync("530 5.7.0 Authentication required");
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        Received.Enqueue(ReceivedMail.Parse(from ?? "", recipients.ToList(), data.ToString()));
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    private static string Address(string line) => AddressPattern().Match(line) is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressPattern();
}

/// <summary>One message as it arrived, with the subject and a base64 or plain body decoded.</summary>
public sealed partial record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Subject, string Body, string Raw)
{
    public static ReceivedMail Parse(string from, IReadOnlyList<string> recipients, string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in headerText.Split("\r\n"))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += line;
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        if (headers.GetValueOrDefault("Content-Transfer-Encoding")?.Equals("base64", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))));
        }

        return new ReceivedMail(from, recipients, DecodeWords(headers.GetValueOrDefault("Subject") ?? ""), body, raw);
    }

    private static string DecodeWords(string header) => EncodedWord().Replace(EncodedWordGap().Replace(header, "?==?"), m =>
    {
        var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(m.Groups[3].Value)
            : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
        return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
    });

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length)
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex EncodedWordGap();
}
