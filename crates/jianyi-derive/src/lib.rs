//! `#[derive(ReadJson)]`: reads a type from a `serde_json::Value` in the
//! exact form serde's derive writes it, given the same `#[serde(...)]`
//! attributes.
//!
//! Why it exists: serde's derived `Deserialize` is generic over the
//! deserializer and, per struct, carries a reader for the array form that
//! serde_json never writes; over some two hundred event and record types
//! that is the largest part of every page's wasm. The generated reader is
//! one plain function per type that calls small non-generic helpers of
//! `jianyi_core::read`, one call per field. serde's `Deserialize` stays on
//! the same types for the workers and tests, and a check of every event
//! the tests and the demo make keeps the two readers equal.
//!
//! Understood attributes, as serde means them: on a container
//! `rename_all = "snake_case" | "lowercase"`, `transparent`, `default`,
//! `deny_unknown_fields`, `tag` with `content` (adjacently tagged enums);
//! on a field `rename`, `default`, `default = "path"`,
//! `deserialize_with = "…present"` (with `default`: a present field, even
//! `null`, reads as `Some`), and `skip_serializing_if` (writing only). Any
//! other is refused at compile time, so the reader never silently differs.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::ext::IdentExt;
use syn::{
    Attribute, Data, DeriveInput, Error, Fields, LitStr, Path, parse_macro_input, parse_quote,
};

#[proc_macro_derive(ReadJson, attributes(serde, read_json))]
pub fn derive_read_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// How a container's names and fields are read.
#[derive(Default)]
struct Container {
    rename_all: Option<String>,
    transparent: bool,
    default: bool,
    deny_unknown_fields: bool,
    tag: Option<String>,
    content: Option<String>,
}

/// How one field or variant is read.
#[derive(Default)]
struct Member {
    rename: Option<String>,
    default: Option<Option<Path>>,
    present: bool,
    /// An untagged variant: written as its body alone, never read by tag
    /// (a reader made with `with` produces it).
    untagged: bool,
    /// `#[read_json(with = "path")]` on a newtype variant: its body is
    /// read by `path(&Value) -> Result<Inner, ReadError>`, not by the
    /// inner type's `ReadJson`.
    with: Option<Path>,
}

fn string_value(meta: &syn::meta::ParseNestedMeta) -> syn::Result<String> {
    let lit: LitStr = meta.value()?.parse()?;
    Ok(lit.value())
}

fn container_attrs(attrs: &[Attribute]) -> syn::Result<Container> {
    let mut c = Container::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                let rule = string_value(&meta)?;
                if rule != "snake_case" && rule != "lowercase" {
                    return Err(
                        meta.error("ReadJson: only rename_all = \"snake_case\" or \"lowercase\"")
                    );
                }
                c.rename_all = Some(rule);
            } else if meta.path.is_ident("transparent") {
                c.transparent = true;
            } else if meta.path.is_ident("default") {
                if meta.input.peek(syn::Token![=]) {
                    return Err(
                        meta.error("ReadJson: a container's default = \"path\" is not read")
                    );
                }
                c.default = true;
            } else if meta.path.is_ident("deny_unknown_fields") {
                c.deny_unknown_fields = true;
            } else if meta.path.is_ident("tag") {
                c.tag = Some(string_value(&meta)?);
            } else if meta.path.is_ident("content") {
                c.content = Some(string_value(&meta)?);
            } else {
                return Err(meta.error("ReadJson: this serde attribute is not read"));
            }
            Ok(())
        })?;
    }
    Ok(c)
}

fn member_attrs(attrs: &[Attribute]) -> syn::Result<Member> {
    let mut m = Member::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                m.rename = Some(string_value(&meta)?);
            } else if meta.path.is_ident("default") {
                m.default = Some(if meta.input.peek(syn::Token![=]) {
                    Some(syn::parse_str::<Path>(&string_value(&meta)?)?)
                } else {
                    None
                });
            } else if meta.path.is_ident("deserialize_with") {
                let path = syn::parse_str::<Path>(&string_value(&meta)?)?;
                if path.segments.last().is_none_or(|s| s.ident != "present") {
                    return Err(meta.error("ReadJson: only deserialize_with = \"…::present\""));
                }
                m.present = true;
            } else if meta.path.is_ident("skip_serializing_if") {
                let _ = string_value(&meta)?;
            } else if meta.path.is_ident("untagged") {
                m.untagged = true;
            } else {
                return Err(meta.error("ReadJson: this serde attribute is not read"));
            }
            Ok(())
        })?;
    }
    for attr in attrs.iter().filter(|a| a.path().is_ident("read_json")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("with") {
                m.with = Some(syn::parse_str::<Path>(&string_value(&meta)?)?);
                Ok(())
            } else {
                Err(meta.error("ReadJson: read_json takes with = \"path\" only"))
            }
        })?;
    }
    if m.present && !matches!(m.default, Some(None)) {
        return Err(Error::new(
            proc_macro2::Span::call_site(),
            "ReadJson: deserialize_with = present is read only with a bare default",
        ));
    }
    Ok(m)
}

/// serde's `snake_case` of a variant name: `_` before each capital but the
/// first, all lower case.
fn renamed(name: &str, rule: Option<&str>) -> String {
    match rule {
        Some("snake_case") => {
            let mut out = String::new();
            for (i, ch) in name.char_indices() {
                if i > 0 && ch.is_uppercase() {
                    out.push('_');
                }
                out.push(ch.to_ascii_lowercase());
            }
            out
        }
        Some(_) => name.to_ascii_lowercase(),
        None => name.to_string(),
    }
}

fn expand(input: &DeriveInput) -> syn::Result<Tokens> {
    let r = quote!(::jianyi_core::read);
    let c = container_attrs(&input.attrs)?;
    let name = &input.ident;
    let mut generics = input.generics.clone();
    for param in generics.type_params_mut() {
        param
            .bounds
            .push(parse_quote!(::jianyi_core::read::ReadJson));
    }
    let (impl_g, ty_g, where_g) = generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => struct_body(&r, &c, &s.fields)?,
        Data::Enum(e) => enum_body(&r, &c, e)?,
        Data::Union(_) => return Err(Error::new_spanned(input, "ReadJson: unions are not read")),
    };
    Ok(quote! {
        impl #impl_g #r::ReadJson for #name #ty_g #where_g {
            #body
        }
    })
}

/// The expression for a struct's or a struct variant's fields, read from
/// `__o` (the object), building `ctor { … }`.
fn named_fields(
    r: &Tokens,
    c: &Container,
    fields: &syn::FieldsNamed,
    ctor: Tokens,
) -> syn::Result<Tokens> {
    let mut inits = Vec::new();
    let mut keys = Vec::new();
    for f in &fields.named {
        let m = member_attrs(&f.attrs)?;
        let ident = f.ident.as_ref().expect("named");
        let key = m
            .rename
            .clone()
            .unwrap_or_else(|| ident.unraw().to_string());
        let value = match (&m.default, m.present) {
            (Some(None), true) => quote!(#r::field_opt(__o, #key)?),
            (Some(Some(path)), _) => quote!(#r::field_opt(__o, #key)?.unwrap_or_else(#path)),
            (Some(None), false) => quote!(#r::field_opt(__o, #key)?.unwrap_or_default()),
            (None, _) if c.default => quote!(match #r::field_opt(__o, #key)? {
                ::core::option::Option::Some(v) => v,
                ::core::option::Option::None => __d.#ident,
            }),
            (None, _) => quote!(#r::field(__o, #key)?),
        };
        inits.push(quote!(#ident: #value));
        keys.push(key);
    }
    let deny = c
        .deny_unknown_fields
        .then(|| quote!(#r::deny_unknown(__o, &[#(#keys),*])?;));
    let defaults = c
        .default
        .then(|| quote!(let __d = <Self as ::core::default::Default>::default();));
    Ok(quote! {
        #deny
        #defaults
        ::core::result::Result::Ok(#ctor { #(#inits),* })
    })
}

fn struct_body(r: &Tokens, c: &Container, fields: &Fields) -> syn::Result<Tokens> {
    match fields {
        Fields::Named(named) if c.transparent => {
            let [f] = named.named.iter().collect::<Vec<_>>()[..] else {
                return Err(Error::new_spanned(
                    named,
                    "ReadJson: transparent needs one field",
                ));
            };
            let ident = &f.ident;
            let ty = &f.ty;
            Ok(quote! {
                fn read_json(__v: &#r::Value) -> ::core::result::Result<Self, #r::ReadError> {
                    ::core::result::Result::Ok(Self { #ident: <#ty as #r::ReadJson>::read_json(__v)? })
                }
                fn read_key(__k: &str) -> ::core::result::Result<Self, #r::ReadError> {
                    ::core::result::Result::Ok(Self { #ident: <#ty as #r::ReadJson>::read_key(__k)? })
                }
            })
        }
        Fields::Named(named) => {
            let fields = named_fields(r, c, named, quote!(Self))?;
            Ok(quote! {
                fn read_json(__v: &#r::Value) -> ::core::result::Result<Self, #r::ReadError> {
                    let __o = #r::object(__v)?;
                    #fields
                }
            })
        }
        Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => {
            let ty = &unnamed.unnamed[0].ty;
            Ok(quote! {
                fn read_json(__v: &#r::Value) -> ::core::result::Result<Self, #r::ReadError> {
                    ::core::result::Result::Ok(Self(<#ty as #r::ReadJson>::read_json(__v)?))
                }
                fn read_key(__k: &str) -> ::core::result::Result<Self, #r::ReadError> {
                    ::core::result::Result::Ok(Self(<#ty as #r::ReadJson>::read_key(__k)?))
                }
            })
        }
        Fields::Unnamed(unnamed) => {
            let n = unnamed.unnamed.len();
            let items = (0..n).map(|i| quote!(#r::item(__a, #i)?));
            Ok(quote! {
                fn read_json(__v: &#r::Value) -> ::core::result::Result<Self, #r::ReadError> {
                    let __a = #r::array(__v, #n)?;
                    ::core::result::Result::Ok(Self(#(#items),*))
                }
            })
        }
        Fields::Unit => Ok(quote! {
            fn read_json(_: &#r::Value) -> ::core::result::Result<Self, #r::ReadError> {
                ::core::result::Result::Ok(Self)
            }
        }),
    }
}

fn enum_body(r: &Tokens, c: &Container, e: &syn::DataEnum) -> syn::Result<Tokens> {
    if c.transparent || c.default || c.deny_unknown_fields {
        return Err(Error::new(
            proc_macro2::Span::call_site(),
            "ReadJson: an enum takes rename_all, tag and content only",
        ));
    }
    let mut arms = Vec::new();
    for v in &e.variants {
        let m = member_attrs(&v.attrs)?;
        if m.untagged {
            continue;
        }
        let ident = &v.ident;
        let key = m
            .rename
            .clone()
            .unwrap_or_else(|| renamed(&ident.unraw().to_string(), c.rename_all.as_deref()));
        let inner = match &v.fields {
            Fields::Unit => {
                arms.push(quote!(#key => ::core::result::Result::Ok(Self::#ident)));
                continue;
            }
            Fields::Unnamed(u) if u.unnamed.len() == 1 => match &m.with {
                Some(with) => {
                    quote!(::core::result::Result::Ok(Self::#ident(#with(#r::present(__body)?)?)))
                }
                None => quote!(::core::result::Result::Ok(Self::#ident(#r::body(__body)?))),
            },
            Fields::Unnamed(u) => {
                let n = u.unnamed.len();
                let items = (0..n).map(|i| quote!(#r::item(__a, #i)?));
                quote! {
                    let __a = #r::array(#r::present(__body)?, #n)?;
                    ::core::result::Result::Ok(Self::#ident(#(#items),*))
                }
            }
            Fields::Named(named) => {
                let fields = named_fields(r, &Container::default(), named, quote!(Self::#ident))?;
                quote! {
                    let __o = #r::object(#r::present(__body)?)?;
                    #fields
                }
            }
        };
        arms.push(quote! {
            #key => #r::within(#key, (|| -> ::core::result::Result<Self, #r::ReadError> { #inner })())
        });
    }
    let split = match (&c.tag, &c.content) {
        (None, None) => quote!(let (__tag, __body) = #r::variant(__v)?;),
        (Some(tag), Some(content)) => quote! {
            let __o = #r::object(__v)?;
            let __tag = #r::tag(__o, #tag)?;
            let __body = __o.get(#content);
        },
        _ => {
            return Err(Error::new(
                proc_macro2::Span::call_site(),
                "ReadJson: tag is read only with content (adjacently tagged)",
            ));
        }
    };
    Ok(quote! {
        fn read_json(__v: &#r::Value) -> ::core::result::Result<Self, #r::ReadError> {
            #split
            match __tag {
                #(#arms,)*
                __other => ::core::result::Result::Err(#r::unknown_variant(__other)),
            }
        }
    })
}
