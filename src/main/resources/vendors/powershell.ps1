{{header}}
#
# Usage (elevated, DhcpServer module: Windows Server 2012 or later, or RSAT):
#   .\{{file}} [-ComputerName dhcp01]            configures; safe to run again
#   .\{{file}} [-ComputerName dhcp01] -Remove    removes what it adds
[CmdletBinding()]
param(
    [string]$ComputerName = $env:COMPUTERNAME,
    [switch]$Remove
)
$ErrorActionPreference = 'Stop'
Import-Module DhcpServer

# The bytes DHCPUtil.exe would compute for these inputs.
{{option120Values}}
$subOptions = [ordered]@{
{{subOptions}}
}
{{extrasValues}}
$scope = @{ {{scopeArgument}}}

if ($Remove) {
    foreach ($id in $subOptions.Keys) {
        Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
        Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
    }
{{option120Remove}}
    Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue
    Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -ErrorAction SilentlyContinue
{{extrasRemove}}
    return
}

# Add what is missing; Set-DhcpServerv4OptionValue overwrites, so a second run changes nothing.
# The class name is MSUCClient; MS-UC-Client is the data phones send in option 60.
if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -Data 'MS-UC-Client' -Description 'UC Vendor Class Id'
}
if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -Name 'UCSipServer' -OptionId 120 -Type BinaryData -Description 'Sip Server Fqdn'
}
$names = @{ 1 = 'UCIdentifier'; 2 = 'URLScheme'; 3 = 'WebServerFqdn'; 4 = 'WebServerPort'; 5 = 'CertProvRelPath' }
foreach ($id in $subOptions.Keys) {
    if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue)) {
        Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -Name $names[$id] -OptionId $id -Type BinaryData
    }
}
{{option120Set}}
# GetEnumerator: an integer index on an [ordered] dictionary is a position, not a key.
foreach ($subOption in $subOptions.GetEnumerator()) {
    Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $subOption.Key -Value $subOption.Value
}
{{extrasSet}}
