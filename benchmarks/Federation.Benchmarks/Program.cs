using BenchmarkDotNet.Running;
using Federation.Benchmarks.GraphQL;
using Federation.Benchmarks.Synthetic;

// `generate <count>` only makes (or checks) the synthetic store; `plain-news <port> <store>` serves the
// GraphQL benchmark's baseline (benchmarks/graphql-news.sh); anything else goes to BenchmarkDotNet,
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

BenchmarkSwitcher.FromAssembly(typeof(SyntheticStore).Assembly).Run(args);
return 0;
