/** A program outside the SDK's modules that reads their texts from the module path (tests only). */
package dev.zhengce.policy.probe;
