namespace PlanDsl.Runtime.Billing;

/// <summary>Looks up usage values by name ignoring case, and reports names nothing asked for.</summary>
internal sealed class UsageLookup<T> where T : struct
{
    private readonly string _field;
    private readonly Dictionary<string, (string Name, T Value)> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public UsageLookup(string field, IReadOnlyDictionary<string, T>? values)
    {
        _field = field;
        foreach (var (name, value) in values ?? new Dictionary<string, T>())
        {
            if (Comparer<T>.Default.Compare(value, default) < 0)
                throw new BillingInputException($"{field}.{name}", $"{value} is negative");
            if (!_values.TryAdd(name, (name, value)))
                throw new BillingInputException($"{field}.{name}", $"given twice (names compare ignoring case: '{_values[name].Name}')");
        }
    }

    public bool TryGet(string name, out T value)
    {
        _used.Add(name);
        if (_values.TryGetValue(name, out var entry)) { value = entry.Value; return true; }
        value = default;
        return false;
    }

    /// <summary>Throws for the first name that was given but never asked for.</summary>
    public void RejectUnused(IEnumerable<string> expected, string what, string listLabel)
    {
        foreach (var (name, _) in _values.Values)
            if (!_used.Contains(name))
            {
                var known = expected.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                throw new BillingInputException($"{_field}.{name}", $"the plan has no {what} '{name}'" +
                    (known.Count == 0 ? $" (it has no {listLabel})" : $" ({listLabel}: {string.Join(", ", known)})"));
            }
    }
}
