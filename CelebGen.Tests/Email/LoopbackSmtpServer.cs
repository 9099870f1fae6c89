using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace CelebGen.Tests.Email;

/// <summary>
/// Just enough of an SMTP server (RFC 5321: EHLO, MAIL, RCPT, DATA, QUIT) on 127.0.0.1 to receive what
/// MailKit sends, so the SMTP path is tested over a real socket rather than a mock.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Channel<Received> messages = Channel.CreateUnbounded<Received>();
    private readonly CancellationTokenSource stop = new();
    private Task loop = Task.CompletedTask;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static LoopbackSmtpServer Start()
    {
        var server = new LoopbackSmtpServer();
        server.listener.Start();
        server.loop = server.AcceptAsync();
        return server;
    }

    public async Task<Received> NextMessageAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await messages.Reader.ReadAsync(timeout.Token);
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream);
            await using var writer = new StreamWriter(stream) { AutoFlush = true, NewLine = "\r\n" };
            await writer.WriteLineAsync("220 loopback ESMTP");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 loopback");
                        break;
                    case "MAIL":
                        from = line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0];
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        to.Add(line[(line.IndexOf(':') + 1)..].Trim());
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with .");
                        var data = new System.Text.StringBuilder();
                        while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.AppendLine(dataLine);
                        }
                        await messages.Writer.WriteAsync(new Received(from ?? "", to.ToArray(), data.ToString()));
                        await writer.WriteLineAsync("250 queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        goto done;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
            done:;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
        stop.Dispose();
    }

    public sealed record Received(string From, string[] Recipients, string Data);
}
