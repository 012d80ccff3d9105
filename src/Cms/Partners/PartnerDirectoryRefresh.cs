using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Cms.Partners;

/// <summary>
/// Loads the <see cref="PartnerDirectory"/> before the server takes requests, then reloads it every
/// <see cref="PartnerOptions.RefreshInterval"/> and writes when keys were last used.
/// </summary>
internal sealed partial class PartnerDirectoryRefresh(
    PartnerDirectory directory, IOptions<PartnerOptions> options, TimeProvider time, ILogger<PartnerDirectoryRefresh> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await directory.ReloadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The site still starts; partners' keys are refused until the next reload succeeds.
            LogReloadFailed(e);
        }

        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await directory.RecordUsesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReloadFailed(e);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await directory.RecordUsesAsync(stoppingToken);
                await directory.ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be away for a while: the registry read last keeps answering.
                LogReloadFailed(e);
            }
        }
    }

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Could not read the partner registry; the one read last stays in use")]
    partial void LogReloadFailed(Exception exception);
}
