using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PlanDsl.Runtime.Compiled;

/// <summary>
/// Reads what a catalog assembly says about itself (its <see cref="PlanDslCatalogAttribute"/> and name)
/// from the file's bytes, without loading it.
/// </summary>
internal static class CatalogImage
{
    private const string AttributeNamespace = "PlanDsl.Runtime.Compiled";
    private const string AttributeName = nameof(PlanDslCatalogAttribute);

    /// <summary>The attribute's values, or null when the assembly has none; throws BadImageFormatException for bad metadata.</summary>
    public static PlanDslCatalogAttribute? ReadInfo(byte[] image, out string assemblyName)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        if (!pe.HasMetadata) throw new BadImageFormatException("the file has no .NET metadata");
        var md = pe.GetMetadataReader();
        if (!md.IsAssembly) throw new BadImageFormatException("the file is not an assembly");
        var definition = md.GetAssemblyDefinition();
        assemblyName = md.GetString(definition.Name);
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = md.GetCustomAttribute(handle);
            if (!IsCatalogAttribute(md, attribute)) continue;
            var value = attribute.DecodeValue(new StringTypeProvider());
            var args = value.FixedArguments;
            if (args.Length != 6 || args[2].Value is not int languageVersion || args.Where((a, i) => i != 2).Any(a => a.Value is not string))
                throw new BadImageFormatException("its PlanDslCatalog attribute has an unknown form");
            return new PlanDslCatalogAttribute((string)args[0].Value!, (string)args[1].Value!, languageVersion, (string)args[3].Value!, (string)args[4].Value!, (string)args[5].Value!);
        }
        return null;
    }

    private static bool IsCatalogAttribute(MetadataReader md, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return false;
        var constructor = md.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference) return false;
        var type = md.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return md.StringComparer.Equals(type.Name, AttributeName) && md.StringComparer.Equals(type.Namespace, AttributeNamespace);
    }

    /// <summary>Decodes attribute arguments of primitive types; anything else is refused.</summary>
    private sealed class StringTypeProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => throw new BadImageFormatException("unexpected attribute argument type");

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => throw new BadImageFormatException("unexpected attribute argument type");

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => throw new BadImageFormatException("unexpected enum attribute argument");

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
