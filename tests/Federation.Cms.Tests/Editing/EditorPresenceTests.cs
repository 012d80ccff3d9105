using Federation.Cms.Editing;
using Federation.Cms.Users;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Cms.Tests.Editing;

/// <summary>Who else has an item open: each editor sees the others, not themselves, and one who went quiet is gone.</summary>
public sealed class EditorPresenceTests
{
    static readonly Actor Li = new("li", "李编辑", new HashSet<string> { CmsRoles.Editor });
    static readonly Actor Zhao = new("zhao", "赵编辑", new HashSet<string> { CmsRoles.Editor });

    [Fact]
    public void EachEditor_SeesTheOthers_UntilTheyLeaveOrGoQuiet()
    {
        var time = new FakeTimeProvider();
        var presence = new EditorPresence(time);
        var item = Guid.NewGuid();

        var first = presence.Touch(item, Li);
        var second = presence.Touch(item, Zhao);
        var firstAgain = presence.Touch(item, Li);
        presence.Leave(item, Zhao);
        var afterLeave = presence.Touch(item, Li);
        presence.Touch(item, Zhao);
        time.Advance(EditorPresence.Heartbeat * 4);
        var afterSilence = presence.Touch(item, Li);

        Assert.Empty(first);
        Assert.Equal(["李编辑"], second);
        Assert.Equal(["赵编辑"], firstAgain);
        Assert.Empty(afterLeave);
        Assert.Empty(afterSilence);
        Assert.Empty(presence.Touch(Guid.NewGuid(), Zhao));
    }
}
