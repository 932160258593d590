namespace PlanDsl.Compiler.Syntax;

/// <summary>
/// Runs recursive work (parsing, tree building) on a thread with a large stack, so that deeply nested
/// input gives diagnostics instead of a stack overflow, which .NET cannot catch.
/// </summary>
internal static class DeepStack
{
    private const int StackSize = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        return result;
    }
}
