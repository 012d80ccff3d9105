using BenchmarkDotNet.Running;
using System.Globalization;
using Federation.Benchmarks.GraphQL;
using Federation.Benchmarks.Images;
using Federation.Benchmarks.Search;
using Federation.Benchmarks.Synthetic;

// `generate <count>` only makes (or checks) the synthetic store; `plain-news <port> <store>` serves the
// GraphQL benchmark's baseline (benchmarks/graphql-news.sh); `images-prepare` and `images-render` are
// benchmarks/images.sh's photos and our side of its race with vipsthumbnail; `search-index <items> [publishes]`,
// `search-latency <items> [queries]` and `search-rebuild <items> [queries]` measure site search
// (benchmarks/search.sh) with percentiles, which BenchmarkDotNet does not give; anything else goes to BenchmarkDotNet,
// e.g. `--filter *Catalogue*`. Run in Release: dotnet run -c Release --project benchmarks/Federation.Benchmarks -- --filter '*'
if (args is ["generate", var size] && int.TryParse(size, out var count))
{
    using var host = await SyntheticStore.OpenAsync(count);
    Console.WriteLine($"{count} synthetic items in {SyntheticStore.Folder}");
    return 0;
}

if (args is ["plain-news", var portText, var store] && int.TryParse(portText, out var port))
{
    return await PlainNewsEndpoint.RunAsync(port, store);
}

if (args is [var verb, var itemsText, .. var more] && verb.StartsWith("search-", StringComparison.Ordinal) && int.TryParse(itemsText, out var items))
{
    var times = more is [var timesText] && int.TryParse(timesText, out var given) ? given : (int?)null;
    switch (verb)
    {
        case "search-index":
            return await SearchIndexing.RunAsync(items, times ?? 300);
        case "search-latency":
            return await SearchLatency.RunAsync(items, times ?? 2_000);
        case "search-rebuild":
            return await SearchDuringRebuild.RunAsync(items, times ?? 2_000);
    }
}

if (args is ["images-prepare", var imageFolder, var imageCount])
{
    return ImageVerbs.Prepare(imageFolder, int.Parse(imageCount, CultureInfo.InvariantCulture));
}

if (args is ["images-render", var photos, var output, var width, var quality, var parallel, var rounds])
{
    return ImageVerbs.Render(photos, output, int.Parse(width, CultureInfo.InvariantCulture), int.Parse(quality, CultureInfo.InvariantCulture),
        int.Parse(parallel, CultureInfo.InvariantCulture), int.Parse(rounds, CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticStore).Assembly).Run(args);
return 0;
