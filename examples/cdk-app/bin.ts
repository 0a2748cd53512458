/** `npx cdk synth` entry of the example app (see cdk.json). */
import { buildApp } from './app.js';

buildApp().synth();
