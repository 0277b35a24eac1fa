namespace Tallyfy.Generated.SourceGenerator.Model;

internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Float,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    Guid,
    Uri,
    Bytes,

    /// <summary><c>format: base64url</c>: a <c>byte[]</c> written in the URL-safe base64 alphabet without padding.</summary>
    Base64Url,

    /// <summary><c>format: time</c> (RFC 3339 partial-time): a <c>TimeOnly</c>.</summary>
    TimeOnly,

    /// <summary><c>format: duration</c> (ISO 8601, <c>P1DT2H</c>): a <c>TimeSpan</c>.</summary>
    Duration,

    /// <summary><c>format: date-time-rfc1123</c> or <c>http-date</c>: a <c>DateTimeOffset</c> written as <c>Mon, 01 Jan 2024 00:00:00 GMT</c>.</summary>
    DateTimeRfc1123,

    /// <summary><c>format: int8</c>: an <c>sbyte</c>.</summary>
    Int8,

    /// <summary><c>format: uint8</c>: a <c>byte</c>.</summary>
    UInt8,

    /// <summary><c>format: int16</c>: a <c>short</c>.</summary>
    Int16,

    /// <summary><c>format: uint16</c>: a <c>ushort</c>.</summary>
    UInt16,

    /// <summary><c>format: uint32</c>: a <c>uint</c>.</summary>
    UInt32,

    /// <summary><c>format: uint64</c>: a <c>ulong</c>.</summary>
    UInt64,

    /// <summary>Raw octets (<c>format: binary</c>): a file (<c>ApiFile</c>) in a request, a stream in a response.</summary>
    Binary,

    /// <summary>Any JSON value, kept as a <c>JsonElement</c>.</summary>
    Any,
    Array,
    Map,

    /// <summary>A generated object class; <see cref="TypeRef.Name"/> names it.</summary>
    Object,

    /// <summary>A generated open enum struct; <see cref="TypeRef.Name"/> names it.</summary>
    Enum,

    /// <summary>A generated closed union class (<c>oneOf</c>/<c>anyOf</c>); <see cref="TypeRef.Name"/> names it.</summary>
    Union,
}

/// <summary>A reference to a C# type: a primitive, a collection of another type, or a generated type by name.</summary>
/// <param name="ItemNullable">For a list or map: its schema allows <c>null</c> items (values), held as <c>T?</c>.</param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Item = null, bool ItemNullable = false)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Any = new(TypeKind.Any);

    /// <summary>Names a type the generator emits (an object, enum or union), as opposed to a primitive or a collection.</summary>
    public bool IsGenerated => Kind is TypeKind.Object or TypeKind.Enum or TypeKind.Union;

    public bool IsValueType => IsInteger || Kind is TypeKind.Boolean or TypeKind.Float
        or TypeKind.Double or TypeKind.Decimal or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.Guid
        or TypeKind.Any or TypeKind.Enum or TypeKind.TimeOnly or TypeKind.Duration or TypeKind.DateTimeRfc1123;

    /// <summary>One of the integer kinds (<c>sbyte</c> to <c>ulong</c>).</summary>
    public bool IsInteger => Kind is TypeKind.Int8 or TypeKind.UInt8 or TypeKind.Int16 or TypeKind.UInt16
        or TypeKind.Int32 or TypeKind.UInt32 or TypeKind.Int64 or TypeKind.UInt64;

    /// <summary>A number kind: an integer, <c>float</c>, <c>double</c> or <c>decimal</c>.</summary>
    public bool IsNumber => IsInteger || Kind is TypeKind.Float or TypeKind.Double or TypeKind.Decimal;

    /// <summary>
    /// A number that JSON may also carry as a string holding it (3.1 <c>type: [integer, string]</c> with a numeric
    /// <c>format</c>, how ASP.NET Core describes every number): read from either form, written as a number.
    /// </summary>
    public bool OrString { get; init; }

    /// <summary>
    /// A number JSON carries as a string holding it: a <c>string</c> with a numeric <c>format</c> (<c>int64</c> as
    /// Google's APIs send every 64-bit integer, <c>decimal</c> as Stripe's and Django REST framework's exact amounts),
    /// or pydantic's <c>Decimal</c>. Read from either form, written as a string.
    /// </summary>
    public bool AsString { get; init; }

    /// <summary>A number JSON may carry as a string holding it (<see cref="OrString"/> or <see cref="AsString"/>): read from either form.</summary>
    public bool ReadsFromEitherForm => (OrString || AsString) && IsNumber;

    /// <summary>A number written as the string holding it (<see cref="AsString"/>).</summary>
    public bool WritesAsString => AsString && IsNumber;
}

/// <summary>A type the generator emits; one sealed record per kind, each written by its own emitter.</summary>
internal abstract record TypeModel(string Name, string? Description)
{
    /// <summary>The schema is <c>deprecated</c>: the text of its <c>[Obsolete]</c>; null when it is not.</summary>
    public string? Deprecation { get; init; }
}

/// <summary>An object schema: a class with one property per schema property (<c>allOf</c> parts flattened in).</summary>
/// <param name="Properties">Every property the object reads and writes; in a hierarchy, the inherited ones first.</param>
/// <param name="Extra">The members the schema does not declare, kept so nothing is lost in a round trip.</param>
/// <param name="Hierarchy">Its place in a discriminated <c>allOf</c> hierarchy, when it has one.</param>
internal sealed record ObjectTypeModel(
    string Name,
    string? Description,
    EquatableArray<PropertyModel> Properties,
    ExtraMembersModel? Extra = null,
    HierarchyModel? Hierarchy = null)
    : TypeModel(Name, Description)
{
    /// <summary>How many of <see cref="Properties"/> the base class declares (none outside a hierarchy).</summary>
    public int InheritedCount => Hierarchy?.InheritedCount ?? 0;

    /// <summary>
    /// The JSON names of each alternative set of members a value must carry one of in full, beside the required ones (a
    /// oneOf or anyOf of alternatives that only list required members); empty when there is no such choice.
    /// </summary>
    public EquatableArray<EquatableArray<string>> RequiredAlternatives { get; init; } = EquatableArray<EquatableArray<string>>.Empty;
}

/// <summary>
/// The dictionary property holding an object's undeclared members: typed by <c>additionalProperties</c> when the schema
/// gives one, else JSON values. Null until a member arrives, so the common case allocates nothing.
/// </summary>
/// <param name="Name">The C# property name, clear of the spec's properties.</param>
/// <param name="Inherited">A base class declares it.</param>
internal sealed record ExtraMembersModel(string Name, TypeRef ValueType, bool ValueNullable, bool Inherited);

/// <summary>
/// A type in a discriminated hierarchy: a schema with a <c>discriminator</c> is the root, each schema that
/// <c>allOf</c>s a member (by <c>$ref</c>) derives from it. The discriminator value names the class a body is read as.
/// </summary>
/// <param name="BaseName">The class this one derives from; null for the root.</param>
/// <param name="InheritedCount">How many of the type's properties the base class declares.</param>
/// <param name="DiscriminatorJsonName">The discriminator property on the wire.</param>
/// <param name="DiscriminatorName">Its C# property name (declared by the root).</param>
/// <param name="DefaultValue">The value a new instance of this type carries; null for a closed root (abstract).</param>
/// <param name="Descendants">Every type below this one and the values that select it, deepest first.</param>
/// <param name="Closed">
/// The root is abstract: every value the spec names is a derived class, and <c>Unknown</c> holds any other; <c>Match</c>
/// and <c>Switch</c> cover them all.
/// </param>
/// <param name="HasChildren">Some type derives from this one, so it is not sealed.</param>
internal sealed record HierarchyModel(
    string? BaseName,
    int InheritedCount,
    string DiscriminatorJsonName,
    string DiscriminatorName,
    TypeRef DiscriminatorType,
    string? DefaultValue,
    EquatableArray<DerivedTypeModel> Descendants,
    bool Closed,
    bool HasChildren)
{
    /// <summary>
    /// The class below this one a value is read as when its discriminator is absent or names no class (OpenAPI 3.2's
    /// <c>defaultMapping</c>); null to read it as this class (or, for a closed root, as <c>Unknown</c>).
    /// </summary>
    public string? DefaultMapping { get; init; }
}

/// <summary>A type below a hierarchy member.</summary>
/// <param name="Values">The discriminator values that select it.</param>
/// <param name="Parent">The class it derives from directly.</param>
/// <param name="HasChildren">It has descendants of its own (so it reads through its core reader).</param>
/// <param name="ArgumentName">Its delegate parameter in the closed root's <c>Match</c>/<c>Switch</c>.</param>
internal sealed record DerivedTypeModel(string Name, EquatableArray<string> Values, string Parent, bool HasChildren, string ArgumentName);

/// <summary>An <c>enum</c> (or a <c>oneOf</c> of constants): an open enum struct.</summary>
/// <param name="IsInteger">The values are integers, not strings.</param>
internal sealed record EnumTypeModel(string Name, string? Description, EquatableArray<EnumMemberModel> Members, bool IsInteger)
    : TypeModel(Name, Description);

/// <summary>A <c>oneOf</c>/<c>anyOf</c>: a closed set of cases plus an unknown-variant fallback.</summary>
/// <param name="Discriminator">The property whose value names the variant, when the spec declares one.</param>
internal sealed record UnionTypeModel(string Name, string? Description, EquatableArray<UnionVariantModel> Variants, string? Discriminator)
    : TypeModel(Name, Description)
{
    /// <summary>
    /// The case (its <see cref="UnionVariantModel.Name"/>) a value is read as when its discriminator is absent or maps to
    /// no case (OpenAPI 3.2's <c>defaultMapping</c>); null to choose by the value's shape, or <c>Unknown</c> for an unmapped value.
    /// </summary>
    public string? DefaultVariant { get; init; }
}

/// <summary>One case of a union type.</summary>
/// <param name="Name">The case class name inside the union.</param>
/// <param name="ArgumentName">The delegate parameter name in Match/Switch.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this case.</param>
/// <param name="PropertyNames">For object variants: the JSON properties the variant knows, to tell variants apart without a discriminator.</param>
/// <param name="RequiredNames">For object variants: the properties a value must have to be this variant.</param>
internal sealed record UnionVariantModel(
    string Name,
    string ArgumentName,
    TypeRef Type,
    EquatableArray<string> DiscriminatorValues,
    EquatableArray<string> PropertyNames,
    EquatableArray<string> RequiredNames);

/// <param name="JsonName">The property name on the wire.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="Required">Listed in the schema's <c>required</c>: a body without it does not parse.</param>
/// <param name="Nullable">The schema allows <c>null</c>.</param>
/// <param name="Access">
/// <c>readOnly</c>: only the server sends it, so the client never writes it; <c>writeOnly</c>: only the client sends it.
/// Either way a response or a request may lack it, so it is <paramref name="Required"/> only in a class that travels one
/// way (see <see cref="RequiredWhenSent"/> and <see cref="RequiredWhenReceived"/>).
/// </param>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    TypeRef Type,
    bool Required,
    bool Nullable,
    string? Description,
    PropertyAccess Access = PropertyAccess.ReadWrite)
{
    /// <summary>Whether the C# property may hold null: optional or nullable in the spec.</summary>
    public bool IsOptionalInCode => (!Required || Nullable) && !IsDefaultedRequired;

    /// <summary>The property (or its schema) is <c>deprecated</c>: the text of its <c>[Obsolete]</c>; null when it is not.</summary>
    public string? Deprecation { get; init; }

    /// <summary>
    /// Required by its schema but <c>writeOnly</c>, so required in requests only (OpenAPI), or a required name no
    /// property declares, which responses need not carry either: not <see cref="Required"/>
    /// unless no response reaches the class (see <c>OpenApiParser.SettleByDirection</c>).
    /// </summary>
    public bool RequiredWhenSent { get; init; }

    /// <summary>
    /// Required in requests only and optional in C# (its class is read too): the writer, or the form that sends it,
    /// fails a request without it before it is sent, and its remarks say so.
    /// </summary>
    public bool CheckedWhenSent => RequiredWhenSent && !Required;

    /// <summary>
    /// Required by its schema but <c>readOnly</c>, so required in responses only (OpenAPI): not <see cref="Required"/>
    /// unless responses reach the class and no request does (see <c>OpenApiParser.SettleByDirection</c>).
    /// </summary>
    public bool RequiredWhenReceived { get; init; }

    /// <summary>
    /// Optional, its schema allows null, and its class is sent (a request reaches it): the property remembers whether it
    /// was set, so a null set on purpose is sent as <c>null</c> (a JSON merge patch's "remove") and a property never set
    /// is left out (see <c>OpenApiParser.SettleByDirection</c>).
    /// </summary>
    public bool SendsNull { get; init; }

    /// <summary>The schema's <c>default</c> as the spec writes it (JSON text), for the documentation; null when there is none.</summary>
    public string? DefaultText { get; init; }

    /// <summary>
    /// The <c>default</c> (or, for a required single-value enum, the constant) as a value of the property's type, when it
    /// fits the type: see <see cref="DefaultValue"/>. An absent response property reads as it.
    /// </summary>
    public DefaultValue? Default { get; init; }

    /// <summary>
    /// A required property with a value the spec fixes or defaults: not <c>required</c> in C# but initialised to that value,
    /// and a response that leaves it out reads as it.
    /// </summary>
    public bool IsDefaultedRequired => Required && !Nullable && Default is not null;
}

/// <summary>A default that fits its type, in a form the emitter turns into a C# constant.</summary>
/// <param name="Text">
/// For a string its text; for a number or boolean the invariant literal (<c>42</c>, <c>1.5</c>, <c>true</c>); for an enum
/// the name of the member it selects.
/// </param>
internal sealed record DefaultValue(string Text);

/// <summary>Which side of the wire a property travels on (<c>readOnly</c>/<c>writeOnly</c>).</summary>
internal enum PropertyAccess
{
    ReadWrite,
    ReadOnly,
    WriteOnly,
}

internal sealed record EnumMemberModel(string Name, string Value);
