package model

var femaleNames = map[string]bool{}
var maleNames = map[string]bool{}
