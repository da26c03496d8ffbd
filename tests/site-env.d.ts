// Site modules the tests import rely on the site's ambient types (import.meta.glob, virtual modules).
/// <reference path="../site/src/env.d.ts" />
