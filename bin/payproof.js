#!/usr/bin/env node
'use strict';
// The installed build lives in dist/ (built by `npm install` through the prepare script).
require('../dist/src/cli.js');
