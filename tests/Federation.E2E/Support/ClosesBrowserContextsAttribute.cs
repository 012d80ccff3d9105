using System.Reflection;
using Xunit.v3;

namespace Federation.E2E.Support;

/// <summary>After each test, closes the browser contexts it opened through <see cref="Chromium.NewContextAsync"/>, with their pages.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClosesBrowserContextsAttribute : BeforeAfterTestAttribute
{
    // xUnit's hook is synchronous; closing takes a few milliseconds and Playwright's replies arrive on its own connection.
    public override void After(MethodInfo methodUnderTest, IXunitTest test) => Chromium.CloseContextsOfAsync(test.UniqueID).AsTask().GetAwaiter().GetResult();
}
