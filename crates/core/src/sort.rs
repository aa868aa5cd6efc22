//! A stable sort for the short lists the app orders (at most 108 measures, 59 statements, 30 people, 14 goals).
//!
//! `slice::sort_by` is fast on long lists but brings its own copy of a large sorting routine into the wasm for every
//! element type and comparison, about 2–3 KB each; the app sorted eight kinds of list, so about a tenth of its code
//! was sorting. Insertion sort is a few dozen bytes per use and, for lists this short, still takes microseconds.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping the order of equal items (like `sort_by`). Quadratic: for short lists only.
pub fn sort_short<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // proptest is a native-only dev-dependency (it does not build for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The same order as the standard library's stable sort, equal keys included.
        #[test]
        fn sorts_like_the_stable_sort(items in proptest::collection::vec((0u8..5, proptest::prelude::any::<u16>()), 0..120)) {
            let mut ours = items.clone();
            let mut std = items;
            sort_short(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|item| item.0);
            proptest::prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn handles_empty_single_and_reversed_lists() {
        let mut empty: Vec<u8> = Vec::new();
        sort_short(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort_short(&mut one, Ord::cmp);
        assert_eq!(one, [7]);
        let mut reversed: Vec<u32> = (0..100).rev().collect();
        sort_short(&mut reversed, Ord::cmp);
        assert_eq!(reversed, (0..100).collect::<Vec<_>>());
    }
}
