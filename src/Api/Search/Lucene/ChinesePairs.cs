using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Joins runs of Chinese (and Japanese and Korean) characters into overlapping pairs, with each character on its own
/// too when <c>singles</c>: the terms, positions, offsets and types of Lucene's <c>CJKBigramFilter</c> (all scripts),
/// made without capturing the state of every attribute at the end of each run. Lucene's filter spent a third of
/// indexing's time copying those states (benchmarks/search.sh); a test holds the two to the same output.
/// </summary>
internal sealed class ChinesePairs : TokenFilter
{
    const string Single = "<SINGLE>";
    const string Double = "<DOUBLE>";
    const int Compacted = 64;

    static readonly HashSet<string> Paired =
    [
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL],
    ];

    readonly bool singles;
    readonly ICharTermAttribute term;
    readonly IOffsetAttribute offset;
    readonly ITypeAttribute type;
    readonly IPositionIncrementAttribute increment;
    readonly IPositionLengthAttribute length;

    // The run of characters so far, as code points with their offsets; the next to write out is at index.
    int[] characters = new int[8];
    int[] starts = new int[8];
    int[] ends = new int[8];
    int count;
    int index;
    int lastEnd;
    bool pairNext;
    bool exhausted;

    // A token read past the end of a run, given out after the run's last character.
    readonly Held held = new();

    public ChinesePairs(TokenStream input, bool singles)
        : base(input)
    {
        this.singles = singles;
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        type = AddAttribute<ITypeAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        length = AddAttribute<IPositionLengthAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (count - index > 1)
            {
                if (!singles)
                {
                    WritePair();
                }
                else if (pairNext)
                {
                    WritePair();
                    pairNext = false;
                }
                else
                {
                    WriteSingle();
                    index--;
                    pairNext = true;
                }

                return true;
            }

            if (!Next())
            {
                if (HasLoneCharacter())
                {
                    WriteSingle();
                    return true;
                }

                return false;
            }

            if (!Paired.Contains(type.Type))
            {
                if (HasLoneCharacter())
                {
                    held.Take(this);
                    WriteSingle();
                }

                return true;
            }

            if (offset.StartOffset != lastEnd)
            {
                if (HasLoneCharacter())
                {
                    held.Take(this);
                    WriteSingle();
                    return true;
                }

                index = 0;
                count = 0;
            }

            Refill();
        }
    }

    public override void Reset()
    {
        base.Reset();
        count = 0;
        index = 0;
        lastEnd = 0;
        pairNext = false;
        exhausted = false;
        held.Clear();
    }

    bool Next()
    {
        if (held.IsHeld)
        {
            held.Give(this);
            return true;
        }

        if (exhausted)
        {
            return false;
        }

        if (m_input.IncrementToken())
        {
            return true;
        }

        exhausted = true;
        return false;
    }

    /// <summary>A character left that pairs with none: the last of a run when singles are written, a run of one otherwise.</summary>
    bool HasLoneCharacter() => singles ? count - index == 1 : count == 1 && index == 0;

    void Refill()
    {
        if (count > Compacted)
        {
            var last = count - 1;
            characters[0] = characters[last];
            starts[0] = starts[last];
            ends[0] = ends[last];
            count = 1;
            index -= last;
        }

        var text = term.Buffer;
        var size = term.Length;
        var start = offset.StartOffset;
        var end = offset.EndOffset;
        characters = ArrayUtil.Grow(characters, count + size);
        starts = ArrayUtil.Grow(starts, count + size);
        ends = ArrayUtil.Grow(ends, count + size);
        lastEnd = end;
        var aligned = end - start == size;
        for (var i = 0; i < size;)
        {
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < size && char.IsLowSurrogate(text[i + 1])
                ? char.ConvertToUtf32(text[i], text[i + 1])
                : text[i];
            var units = codePoint > char.MaxValue ? 2 : 1;
            characters[count] = codePoint;
            starts[count] = start;
            ends[count] = aligned ? start + units : end;
            if (aligned)
            {
                start += units;
            }

            count++;
            i += units;
        }
    }

    void WritePair()
    {
        ClearAttributes();
        var buffer = term.ResizeBuffer(4);
        var first = Write(characters[index], buffer, 0);
        term.Length = first + Write(characters[index + 1], buffer, first);
        offset.SetOffset(starts[index], ends[index + 1]);
        type.Type = Double;
        if (singles)
        {
            increment.PositionIncrement = 0;
            length.PositionLength = 2;
        }

        index++;
    }

    void WriteSingle()
    {
        ClearAttributes();
        var buffer = term.ResizeBuffer(2);
        term.Length = Write(characters[index], buffer, 0);
        offset.SetOffset(starts[index], ends[index]);
        type.Type = Single;
        index++;
    }

    static int Write(int codePoint, char[] buffer, int at)
    {
        if (codePoint <= char.MaxValue)
        {
            buffer[at] = (char)codePoint;
            return 1;
        }

        var pair = char.ConvertFromUtf32(codePoint);
        buffer[at] = pair[0];
        buffer[at + 1] = pair[1];
        return 2;
    }

    /// <summary>The attributes of the token held back: all a tokenizer and the filters before this one set.</summary>
    sealed class Held
    {
        char[] text = new char[16];
        int size;
        int start;
        int end;
        string kind = "";
        int increment;
        int length;

        public bool IsHeld { get; private set; }

        public void Take(ChinesePairs filter)
        {
            size = filter.term.Length;
            text = ArrayUtil.Grow(text, size);
            Array.Copy(filter.term.Buffer, text, size);
            start = filter.offset.StartOffset;
            end = filter.offset.EndOffset;
            kind = filter.type.Type;
            increment = filter.increment.PositionIncrement;
            length = filter.length.PositionLength;
            IsHeld = true;
        }

        public void Give(ChinesePairs filter)
        {
            filter.ClearAttributes();
            filter.term.CopyBuffer(text, 0, size);
            filter.offset.SetOffset(start, end);
            filter.type.Type = kind;
            filter.increment.PositionIncrement = increment;
            filter.length.PositionLength = length;
            IsHeld = false;
        }

        public void Clear() => IsHeld = false;
    }
}
