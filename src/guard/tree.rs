//! A walk over every node and field of a parse tree. The tree's types (generated from
//! libpg_query's protobuf schema) derive `serde::Serialize`, so serializing a node visits
//! each of its fields and each node below it, whatever its kind: a check built on this walk
//! cannot miss a node kind it was not written for. Nothing is serialized into bytes; the
//! serializer only calls the [`Visit`] hooks with each struct's name, its fields and the
//! strings it holds.

use std::fmt;

use serde::ser::{self, Serialize};

/// Ends a walk early; the visitor keeps whatever it wants to report.
#[derive(Debug)]
pub(super) struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("walk stopped")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Stop
    }
}

/// The hooks of a walk. Struct names are the Rust names of the tree's node types
/// (`SelectStmt`, `FuncCall`, `RangeVar`, `AConst`, `String`, …).
pub(super) trait Visit: Sized {
    /// A struct starts.
    fn enter(&mut self, _node: &'static str) -> Result<(), Stop> {
        Ok(())
    }

    /// A field of the struct `node`; the default walks into its value.
    fn field<T: Serialize + ?Sized>(
        &mut self,
        _node: &'static str,
        _key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        walk(self, value)
    }

    /// The struct `node` ends.
    fn leave(&mut self, _node: &'static str) -> Result<(), Stop> {
        Ok(())
    }

    /// A string value (identifiers, literals, names).
    fn string(&mut self, _value: &str) -> Result<(), Stop> {
        Ok(())
    }
}

/// Walks `value` and everything below it with `visitor`.
pub(super) fn walk<V: Visit, T: Serialize + ?Sized>(
    visitor: &mut V,
    value: &T,
) -> Result<(), Stop> {
    value.serialize(Tree(visitor))
}

/// Every string below a value, in tree order (the parts of a qualified name, say).
#[derive(Default)]
pub(super) struct Strings(pub(super) Vec<String>);

impl Visit for Strings {
    fn string(&mut self, value: &str) -> Result<(), Stop> {
        self.0.push(value.to_owned());
        Ok(())
    }
}

/// Every string below `value`.
pub(super) fn strings<T: Serialize + ?Sized>(value: &T) -> Vec<String> {
    let mut found = Strings::default();
    // Collecting strings never stops the walk.
    let _ = walk(&mut found, value);
    found.0
}

/// The serializer that drives a [`Visit`].
struct Tree<'a, V>(&'a mut V);

/// A struct being walked, or a sequence, map or tuple (`node` is then empty).
struct Compound<'a, V> {
    visitor: &'a mut V,
    node: &'static str,
}

impl<'a, V: Visit> ser::Serializer for Tree<'a, V> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'a, V>;
    type SerializeTuple = Compound<'a, V>;
    type SerializeTupleStruct = Compound<'a, V>;
    type SerializeTupleVariant = Compound<'a, V>;
    type SerializeMap = Compound<'a, V>;
    type SerializeStruct = Compound<'a, V>;
    type SerializeStructVariant = Compound<'a, V>;

    fn serialize_bool(self, _: bool) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_str(self, value: &str) -> Result<(), Stop> {
        self.0.string(value)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a, V>, Stop> {
        Ok(self.compound(""))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a, V>, Stop> {
        Ok(self.compound(""))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a, V>, Stop> {
        Ok(self.compound(""))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a, V>, Stop> {
        Ok(self.compound(""))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a, V>, Stop> {
        Ok(self.compound(""))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a, V>, Stop> {
        self.0.enter(name)?;
        Ok(self.compound(name))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a, V>, Stop> {
        self.0.enter(variant)?;
        Ok(self.compound(variant))
    }
}

impl<'a, V: Visit> Tree<'a, V> {
    fn compound(self, node: &'static str) -> Compound<'a, V> {
        Compound {
            visitor: self.0,
            node,
        }
    }
}

impl<V: Visit> Compound<'_, V> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        walk(self.visitor, value)
    }

    fn finish(self) -> Result<(), Stop> {
        if self.node.is_empty() {
            Ok(())
        } else {
            self.visitor.leave(self.node)
        }
    }
}

/// The serializer traits of sequences, tuples and structs: each element (or field) is
/// walked, and the node is left at the end.
macro_rules! compound {
    ($($trait:ident :: $method:ident),* $(,)?) => {$(
        impl<V: Visit> ser::$trait for Compound<'_, V> {
            type Ok = ();
            type Error = Stop;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
                self.element(value)
            }
            fn end(self) -> Result<(), Stop> {
                self.finish()
            }
        }
    )*};
    (fields: $($trait:ident),* $(,)?) => {$(
        impl<V: Visit> ser::$trait for Compound<'_, V> {
            type Ok = ();
            type Error = Stop;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Stop> {
                self.visitor.field(self.node, key, value)
            }
            fn end(self) -> Result<(), Stop> {
                self.finish()
            }
        }
    )*};
}

compound!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field,
);
compound!(fields: SerializeStruct, SerializeStructVariant);

impl<V: Visit> ser::SerializeMap for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        self.element(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.element(value)
    }
    fn end(self) -> Result<(), Stop> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Names(Vec<&'static str>);

    impl Visit for Names {
        fn enter(&mut self, node: &'static str) -> Result<(), Stop> {
            self.0.push(node);
            Ok(())
        }
    }

    #[test]
    fn every_node_and_string_is_visited() {
        let tree = pg_query::parse(
            "SELECT f(x) FROM s.t WHERE y IN (SELECT z FROM u) ORDER BY 1",
            0,
        )
        .unwrap()
        .protobuf;
        let mut names = Names::default();
        walk(&mut names, &tree).unwrap();
        for kind in [
            "SelectStmt",
            "FuncCall",
            "RangeVar",
            "SubLink",
            "SortBy",
            "AConst",
        ] {
            assert!(names.0.contains(&kind), "{kind} in {:?}", names.0);
        }
        let found = strings(&tree);
        for s in ["f", "x", "s", "t", "y", "z", "u"] {
            assert!(found.iter().any(|f| f == s), "{s} in {found:?}");
        }
    }
}
