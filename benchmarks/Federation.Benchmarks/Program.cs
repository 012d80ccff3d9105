using BenchmarkDotNet.Running;
using Federation.Benchmarks.Synthetic;

// `generate <count>` only makes (or checks) the synthetic store; anything else goes to BenchmarkDotNet,
// e.g. `--filter *Catalogue*`. Run in Release: dotnet run -c Release --project benchmarks/Federation.Benchmarks -- --filter '*'
if (args is ["generate", var size] && int.TryParse(size, out var count))
{
    using var host = await SyntheticStore.OpenAsync(count);
    Console.WriteLine($"{count} synthetic items in {SyntheticStore.Folder}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticStore).Assembly).Run(args);
return 0;
