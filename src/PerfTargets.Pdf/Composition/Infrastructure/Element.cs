namespace PerfTargets.Pdf.Composition.Infrastructure;

/// <summary>
/// A piece of a document. Every element first answers how much space it needs and whether it fits
/// (<see cref="Measure"/>, free of side effects), then draws itself into exactly that space
/// (<see cref="Draw"/>) at the canvas origin. Elements that span pages keep where they stopped, so
/// the next page's draw continues from there.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(Size available, RenderContext context);

    public abstract void Draw(Size available, RenderContext context);

    /// <summary>The elements inside this one, for walks over the whole document (characters, resets).</summary>
    public virtual IEnumerable<Element> Children => [];

    /// <summary>Forgets what was drawn, so that the element draws from its start again (a label repeated on a new page).</summary>
    public virtual void ResetState()
    {
    }

    /// <summary>This element and everything inside it.</summary>
    public IEnumerable<Element> Descendants()
    {
        var stack = new Stack<Element>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Resets this element and all inside it.</summary>
    public void ResetAll()
    {
        foreach (var element in Descendants())
        {
            element.ResetState();
        }
    }
}
